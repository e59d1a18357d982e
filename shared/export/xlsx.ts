// The XLSX writer of an ExportTable (table.ts), with exceljs: a header row in bold
// and frozen, columns as wide as their content, numbers as numbers, dates as real
// Excel dates, percentages as numbers with a % format.
//
// Formulas: exceljs writes a JavaScript string as a string cell (a shared string,
// never a formula: only a `{ formula }` value makes one; tests/unit/export-table.test.ts
// reads it back to check). Text cells still get the CSV's neutralisation (a leading
// apostrophe before = + - @ tab CR, spreadsheet-safe.ts), by choice: the workbook is
// often saved again as CSV or copied into another sheet, where such a cell would become
// a formula; and both files of one export then hold exactly the same text.
//
// This module pulls in exceljs (about 1 MB): only the server loads it, to write the
// exports the page asks for (server/api/export-handlers.ts).
import ExcelJS from 'exceljs';
import { spreadsheetCell } from './spreadsheet-safe';
import type { ColumnKind, ExportTable, TableCell } from './table';

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  // ISO dates, as in the CSV: unambiguous in French and English alike (a format code
  // is not translated by the spreadsheet: dd/mm/yyyy would read as mm/dd to some).
  date: 'yyyy-mm-dd',
  month: 'yyyy-mm',
  percent: '0.0%',
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** A calendar day at UTC midnight: exceljs counts serial dates in UTC, so no time zone shifts it. */
function utcDate(year: string, month: string, day: string): Date | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)
    ? date
    : null;
}

/** The cell's value as exceljs takes it; a value that does not fit its column is written as text. */
function cellValue(kind: ColumnKind, value: TableCell): string | number | Date | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    return kind === 'integer' || kind === 'number' || kind === 'percent' ? value : String(value);
  }
  if (kind === 'date') {
    const parts = ISO_DATE.exec(value);
    const date = parts && utcDate(parts[1]!, parts[2]!, parts[3]!);
    if (date) return date;
  }
  if (kind === 'month') {
    const parts = ISO_MONTH.exec(value);
    const date = parts && utcDate(parts[1]!, parts[2]!, '01');
    if (date) return date;
  }
  // A line break inside a cell is a line feed in a workbook: a carriage return would come
  // back as a line feed anyway (XML reads CR and CRLF as LF), so the file says so itself.
  return spreadsheetCell(value).replace(/\r\n?/g, '\n');
}

/** About as many characters as the cell shows, for the column's width. */
function shownLength(kind: ColumnKind, value: string | number | Date | null): number {
  if (value === null) return 0;
  if (value instanceof Date) return kind === 'month' ? 7 : 10;
  if (typeof value === 'number') return kind === 'percent' ? 7 : String(value).length;
  return Math.max(...value.split('\n').map((line) => line.length));
}

/** Excel refuses a sheet name longer than 31 characters or holding \ / ? * : [ ]. */
export function sheetNameFor(name: string): string {
  const cleaned = name.replace(/[\\/?*:[\]]/g, ' ').trim();
  return cleaned.slice(0, 31) || 'Sheet1';
}

/** The table as an XLSX workbook of one sheet. */
export async function tableToXlsx(table: ExportTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jalon';
  const sheet = workbook.addWorksheet(sheetNameFor(table.sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const kinds = table.columns.map((column) => column.kind);
  const widths = table.columns.map((column) => column.header.length);

  const header = sheet.addRow(table.columns.map((column) => spreadsheetCell(column.header)));
  header.font = { bold: true };

  for (const cells of table.rows) {
    const values = kinds.map((kind, index) => cellValue(kind, cells[index] ?? null));
    const row = sheet.addRow(values);
    values.forEach((value, index) => {
      const kind = kinds[index]!;
      const format = NUMBER_FORMATS[kind];
      // Only on the cells that hold the column's type: a text fallback keeps the default.
      if (format && (value instanceof Date || typeof value === 'number')) {
        row.getCell(index + 1).numFmt = format;
      }
      widths[index] = Math.max(widths[index]!, shownLength(kind, value));
    });
  }

  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
  if (table.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: table.columns.length },
    };
  }

  // A Node Buffer in tests and the main process, a Uint8Array-like buffer in a browser:
  // a plain Uint8Array of the same bytes either way.
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayLike<number>);
}
