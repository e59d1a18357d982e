// CSV opened in a spreadsheet: a cell starting with = + - @ (or a tab / carriage
// return) is run as a formula. Journal text comes from job seekers, so every exported
// text cell is neutralised by a leading apostrophe (OWASP's advice), which the
// spreadsheet shows as plain text. Numbers are left alone: -3 stays a number.

// A text that already starts with apostrophes before a formula character gets one more
// as well: then every neutralised cell starts with an apostrophe that was added, and
// restoreNeutralisedFormula gives back exactly the value written.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The value a neutralised cell stood for: the exchange format's CSV is written
 * neutralised (`jalon export`) and imports back as it was exported.
 */
export function restoreNeutralisedFormula(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** A cell for export: text neutralised, numbers and empty cells as they are. */
export function spreadsheetCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return neutraliseFormula(value);
}

function quoteCsv(cell: string, separator: string): string {
  return /["\r\n]/.test(cell) || cell.includes(separator) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * CSV text for a spreadsheet (RFC 4180 quoting, CRLF, a BOM so Excel reads UTF-8,
 * `;` by default as French Excel expects), every cell passed through spreadsheetCell.
 */
export function toSpreadsheetCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  separator = ';',
): string {
  const lines = [header, ...rows].map((row) =>
    row.map((cell) => quoteCsv(spreadsheetCell(cell), separator)).join(separator),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
