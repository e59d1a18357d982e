// Dates, months and numbers as a French reader writes them, for every screen (the
// grid keeps its own compact ones in screens/caseload/format.ts). The journal's dates are
// calendar days without a time zone: formatting them in UTC keeps them from moving a
// day back on a machine west of Greenwich.
const LOCALE = 'fr-FR';

const longDate = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const longMonth = new Intl.DateTimeFormat(LOCALE, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortMonth = new Intl.DateTimeFormat(LOCALE, {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});
// A moment the counsellor lived (a note written), in their own time zone.
const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short' });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

function utcDay(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** `2025-06-05` → « 5 juin 2025 ». */
export function formatLongDate(isoDate: string): string {
  return longDate.format(utcDay(isoDate));
}

/** `2026-10-20T09:00:00.000Z` → « 20 octobre 2026 à 11:00 » in Paris. */
export function formatTimestamp(isoTimestamp: string): string {
  return dateTime.format(new Date(isoTimestamp));
}

/** `2025-06-05` → « 5 juin », for an action inside a month already named. */
export function formatDayInMonth(isoDate: string): string {
  return shortDate.format(utcDay(isoDate));
}

/** `2026-11` → « novembre 2026 ». */
export function formatMonth(period: string): string {
  return longMonth.format(utcDay(`${period}-01`));
}

/** `2026-11` → « nov. 26 », short enough for a chart axis. */
export function formatMonthShort(period: string): string {
  return shortMonth.format(utcDay(`${period}-01`));
}

/** 0.354 → « 35 % ». */
export function formatPercent(share: number): string {
  return percent.format(share);
}

/** 12.34 → « 12,3 ». */
export function formatNumber(value: number): string {
  return decimal.format(value);
}
