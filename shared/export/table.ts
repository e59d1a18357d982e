// One description of an exported table, written out as CSV (here) or XLSX (xlsx.ts):
// the headers, what kind of value each column holds, and the cells. Both writers read
// the same description, so the two files of one export always hold the same cells.
import { toSpreadsheetCsv } from './spreadsheet-safe';

/**
 * What a column holds, and how each writer renders it:
 * - text: a string, neutralised against formulas in both formats (spreadsheet-safe.ts);
 * - integer / number: a JavaScript number (a number cell in XLSX);
 * - date: `YYYY-MM-DD` (kept as is in CSV, a real date cell in XLSX);
 * - month: `YYYY-MM` (kept as is in CSV, the month's first day as a date cell in XLSX);
 * - percent: a ratio, 0.125 for 12.5 % (a number in CSV, a number with a % format in XLSX).
 */
export type ColumnKind = 'text' | 'integer' | 'number' | 'date' | 'month' | 'percent';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
}

/** null: an empty cell, whatever the column. */
export type TableCell = string | number | null;

export interface ExportTable {
  /** The worksheet's name in XLSX (shortened and cleaned there to what Excel accepts). */
  sheetName: string;
  columns: readonly TableColumn[];
  /** One array per line, in the columns' order. */
  rows: readonly (readonly TableCell[])[];
}

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `portefeuille-2026-11-15` and `xlsx` → `portefeuille-2026-11-15.xlsx`. */
export function exportFileName(baseName: string, format: ExportFormat): string {
  return `${baseName}.${format}`;
}

/** The table as spreadsheet-safe CSV (`;`, CRLF, BOM, text cells neutralised). */
export function tableToCsv(table: ExportTable): string {
  return toSpreadsheetCsv(
    table.columns.map((column) => column.header),
    table.rows,
  );
}
