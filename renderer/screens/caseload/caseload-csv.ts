// The caseload as a spreadsheet: the rows as the grid shows them (filtered and sorted),
// one line each, every seeker-typed cell made formula-safe; one table (shared/export/
// table.ts) written as CSV or XLSX.
import { signalName } from '../../i18n/analysis';
import type { CaseloadRow } from '../../../shared/api/contract';
import { exportFileName, tableToCsv } from '../../../shared/export/table';
import type { ColumnKind, ExportTable } from '../../../shared/export/table';
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

/** What each column holds: numbers and dates stay numbers and dates in the XLSX. */
const COLUMN_KINDS: Record<CsvColumn, ColumnKind> = {
  lastName: 'text',
  firstName: 'text',
  seekerId: 'text',
  counsellorId: 'text',
  modality: 'text',
  monthsFollowed: 'integer',
  lastDeclaration: 'month',
  actionsLast30Days: 'integer',
  activity: 'text',
  attention: 'integer',
  signals: 'text',
  topRecommendation: 'text',
  benefitEnd: 'date',
};

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

/** The rows, in the order given, as one table for either format. */
export function caseloadTable(
  rows: readonly CaseloadRow[],
  headerLabel: (column: CsvColumn) => string,
  modalityLabel: (modality: string) => string,
  sheetName: string,
): ExportTable {
  return {
    sheetName,
    columns: CSV_COLUMNS.map((column) => ({
      header: headerLabel(column),
      kind: COLUMN_KINDS[column],
    })),
    rows: rows.map((row) => caseloadCsvCells(row, modalityLabel)),
  };
}

export function caseloadCsv(
  rows: readonly CaseloadRow[],
  headerLabel: (column: CsvColumn) => string,
  modalityLabel: (modality: string) => string,
): string {
  return tableToCsv(caseloadTable(rows, headerLabel, modalityLabel, ''));
}

/** portefeuille-2026-11-15 (.csv or .xlsx): the date the figures describe. */
export function caseloadBaseName(asOf: string): string {
  return `portefeuille-${asOf}`;
}

/** portefeuille-2026-11-15.csv. */
export function caseloadCsvFileName(asOf: string): string {
  return exportFileName(caseloadBaseName(asOf), 'csv');
}
