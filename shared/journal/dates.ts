// Calendar checks for the contract's date strings. Regexes alone accept 2026-02-30;
// these do not.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD_RE = /^(\d{4})-(\d{2})$/;
// ISO 8601 date-time with seconds optional fraction and an optional zone.
const DATETIME_RE =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d)(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isPeriod(value: string): boolean {
  const m = PERIOD_RE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  return Number(m[1]) >= 1900 && month >= 1 && month <= 12;
}

export function isIsoDateTime(value: string): boolean {
  const m = DATETIME_RE.exec(value);
  return m !== null && isIsoDate(m[1]!);
}

/** `2026-03-14` → `2026-03`. */
export function periodOfDate(date: string): string {
  return date.slice(0, 7);
}
