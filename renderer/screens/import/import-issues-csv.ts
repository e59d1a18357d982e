// The rejected lines of an import as a spreadsheet-safe CSV or XLSX (their reasons quote
// the seekers' own text, so formula cells are neutralised): one table for both formats.
import type { RejectedLine } from '../../../shared/api/contract';
import { tableToCsv } from '../../../shared/export/table';
import type { ColumnKind, ExportTable } from '../../../shared/export/table';
import type { Locale } from '../../../shared/analysis/messages';
import { reasonText } from '../../../shared/journal/reason-text';

export interface IssueCsvLabels {
  header: readonly [string, string, string, string, string];
  severity: Record<RejectedLine['severity'], string>;
  /** The worksheet's name in the XLSX. */
  sheetName?: string;
  /** The reasons' language: the reader's. */
  locale: Locale;
}

/** File, line, seeker, severity, reason: the line number stays a number. */
const KINDS: readonly ColumnKind[] = ['text', 'integer', 'text', 'text', 'text'];

export function importIssuesTable(
  issues: readonly RejectedLine[],
  labels: IssueCsvLabels,
): ExportTable {
  return {
    sheetName: labels.sheetName ?? '',
    columns: labels.header.map((header, index) => ({ header, kind: KINDS[index]! })),
    rows: issues.map((i) => [
      i.file,
      i.line,
      i.seekerId,
      labels.severity[i.severity],
      reasonText(i.reason, labels.locale),
    ]),
  };
}

export function importIssuesCsv(issues: readonly RejectedLine[], labels: IssueCsvLabels): string {
  return tableToCsv(importIssuesTable(issues, labels));
}
