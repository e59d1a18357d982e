// Dates, months, numbers and percentages as a reader of the chosen language writes them,
// for every screen (the grid's compact ones too): Intl does the work, in the interface's
// current locale unless one is given. The journal's dates are calendar days without a
// time zone: formatting them in UTC keeps them from moving a day back on a machine west
// of Greenwich. Intl formatters cost far more to build than to use: one per locale and
// style, built on first use.
import { currentLocale } from './i18n/current';
import { INTL_LOCALE, isAppLocale } from './i18n/locale';
import type { AppLocale } from './i18n/locale';

type Style =
  'longDate' | 'shortDate' | 'dayInMonth' | 'longMonth' | 'shortMonth' | 'gridMonth' | 'monthName';
const DATE_OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  longDate: { dateStyle: 'long', timeZone: 'UTC' },
  shortDate: { dateStyle: 'short', timeZone: 'UTC' },
  dayInMonth: { day: 'numeric', month: 'short', timeZone: 'UTC' },
  longMonth: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  shortMonth: { month: 'short', year: '2-digit', timeZone: 'UTC' },
  gridMonth: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  monthName: { month: 'short', timeZone: 'UTC' },
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

// A formatter handed to a chart as a callback gets the tick's index as second argument:
// anything but a locale means the interface's.
const chosen = (locale: unknown): AppLocale => (isAppLocale(locale) ? locale : currentLocale());

function dateFormat(style: Style | 'dateTime', wanted: unknown): Intl.DateTimeFormat {
  const locale = chosen(wanted);
  const key = `${locale}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    // A moment the counsellor lived (a note written) is shown in their own time zone.
    const options: Intl.DateTimeFormatOptions =
      style === 'dateTime' ? { dateStyle: 'long', timeStyle: 'short' } : DATE_OPTIONS[style];
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(
  wanted: unknown,
  style: 'decimal' | 'percent',
  maximumFractionDigits: number,
): Intl.NumberFormat {
  const locale = chosen(wanted);
  const key = `${locale}:${style}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style, maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

function utcDay(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** `2025-06-05` → « 5 juin 2025 » / “5 June 2025”. */
export function formatLongDate(isoDate: string, locale?: AppLocale): string {
  return dateFormat('longDate', locale).format(utcDay(isoDate));
}

/** `2027-01-07` → « 07/01/2027 » (both locales write the day first). */
export function formatShortDate(isoDate: string, locale?: AppLocale): string {
  return dateFormat('shortDate', locale).format(utcDay(isoDate));
}

/** `2026-10-20T09:00:00.000Z` → « 20 octobre 2026 à 11:00 » in Paris. */
export function formatTimestamp(isoTimestamp: string, locale?: AppLocale): string {
  return dateFormat('dateTime', locale).format(new Date(isoTimestamp));
}

/** `2025-06-05` → « 5 juin » / “5 Jun”, for an action inside a month already named. */
export function formatDayInMonth(isoDate: string, locale?: AppLocale): string {
  return dateFormat('dayInMonth', locale).format(utcDay(isoDate));
}

/** `2026-11` → « novembre 2026 » / “November 2026”. */
export function formatMonth(period: string, locale?: AppLocale): string {
  return dateFormat('longMonth', locale).format(utcDay(`${period}-01`));
}

/** `2026-11` → « nov. 26 » / “Nov 26”, short enough for a chart axis. */
export function formatMonthShort(period: string, locale?: AppLocale): string {
  return dateFormat('shortMonth', locale).format(utcDay(`${period}-01`));
}

/** `2026-11` → « nov. » / “Nov”: a month next to one whose year is already said. */
export function formatMonthName(period: string, locale?: AppLocale): string {
  return dateFormat('monthName', locale).format(utcDay(`${period}-01`));
}

/** `2026-11` → « nov. 2026 » / “Nov 2026”, for a grid cell. */
export function formatMonthCompact(period: string, locale?: AppLocale): string {
  return dateFormat('gridMonth', locale).format(utcDay(`${period}-01`));
}

/** 0.354 → « 35 % » (narrow no-break space in French) / “35%”. */
export function formatPercent(share: number, locale?: AppLocale): string {
  return numberFormat(locale, 'percent', 0).format(share);
}

/** 12.34 → « 12,3 » / “12.3”; 12345 → « 12 345 » (narrow no-break space) / “12,345”. */
export function formatNumber(value: number, locale?: AppLocale, maximumFractionDigits = 1) {
  return numberFormat(locale, 'decimal', maximumFractionDigits).format(value);
}

/**
 * A person as every screen names them: first name, then last name (« Marie Henry »).
 * Lists still sort on the last name (the caseload grid's comparator).
 */
export function personName(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`;
}
