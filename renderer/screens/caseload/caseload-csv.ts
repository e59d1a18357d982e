// The caseload as a spreadsheet: the rows as the grid shows them (filtered and sorted),
// one line each, every seeker-typed cell made formula-safe by toSpreadsheetCsv.
import { signalName } from '../../i18n/analysis';
import type { CaseloadRow } from '../../../shared/api/contract';
import { toSpreadsheetCsv } from '../../../shared/export/spreadsheet-safe';
import { recommendationLabel } from './labels';

export const CSV_COLUMNS = [
  'lastName',
  'firstName',
  'seekerId',
  'counsellorId',
  'modality',
  'monthsFollowed',
  'lastDeclaration',
  'actionsLast30Days',
  'activity',
  'attention',
  'signals',
  'topRecommendation',
  'benefitEnd',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

type CsvCell = string | number | null;

/**
 * One export line, in CSV_COLUMNS order. Dates stay ISO (a spreadsheet sorts and reads
 * them as dates); codes become the words the counsellor sees in the grid.
 */
export function caseloadCsvCells(
  row: CaseloadRow,
  modalityLabel: (modality: string) => string,
): CsvCell[] {
  const cells: Record<CsvColumn, CsvCell> = {
    lastName: row.lastName,
    firstName: row.firstName,
    seekerId: row.seekerId,
    counsellorId: row.counsellorId,
    modality: modalityLabel(row.modality),
    monthsFollowed: row.monthsFollowed,
    lastDeclaration: row.lastDeclaration,
    actionsLast30Days: row.actionsLast30Days,
    activity: row.activity.join(' '),
    attention: row.attention,
    signals: row.signals.map((id) => signalName(id)).join(', '),
    topRecommendation: recommendationLabel(row.topRecommendation),
    benefitEnd: row.benefitEnd,
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

export function caseloadCsv(
  rows: readonly CaseloadRow[],
  headerLabel: (column: CsvColumn) => string,
  modalityLabel: (modality: string) => string,
): string {
  return toSpreadsheetCsv(
    CSV_COLUMNS.map(headerLabel),
    rows.map((row) => caseloadCsvCells(row, modalityLabel)),
  );
}

/** portefeuille-2026-11-15.csv: the date the figures describe. */
export function caseloadCsvFileName(asOf: string): string {
  return `portefeuille-${asOf}.csv`;
}
