// The rejected lines of an import as a spreadsheet-safe CSV (their reasons quote the
// seekers' own text, so formula cells are neutralised).
import type { RejectedLine } from '../../../shared/api/contract';
import { toSpreadsheetCsv } from '../../../shared/export/spreadsheet-safe';

export interface IssueCsvLabels {
  header: readonly [string, string, string, string, string];
  severity: Record<RejectedLine['severity'], string>;
}

export function importIssuesCsv(issues: readonly RejectedLine[], labels: IssueCsvLabels): string {
  return toSpreadsheetCsv(
    labels.header,
    issues.map((i) => [i.file, i.line, i.seekerId, labels.severity[i.severity], i.reason]),
  );
}
