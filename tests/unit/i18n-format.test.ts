// Dates, numbers and percentages through Intl in either language (French numbers group
// thousands with U+202F, the narrow no-break space), and how the language is chosen.
import { describe, expect, it } from 'vitest';
import {
  formatDayInMonth,
  formatLongDate,
  formatMonth,
  formatMonthCompact,
  formatMonthShort,
  formatNumber,
  formatPercent,
  formatShortDate,
} from '../../renderer/format';
import { localeInHash, resolveLocale, systemLocale } from '../../renderer/i18n/locale';

const NNBSP = '\u202f';
// Before « % », CLDR puts a no-break space: U+00A0 in Node's ICU today, U+202F in some
// versions; either keeps « 35 % » on one line, a plain space would not.
const PERCENT_SPACE = '[\u00a0\u202f]';

describe('the formatters', () => {
  it('write French numbers with a narrow no-break space and a decimal comma', () => {
    expect(formatNumber(12345.67, 'fr')).toBe(`12${NNBSP}345,7`);
    expect(formatNumber(2.25, 'fr', 2)).toBe('2,25');
    expect(formatPercent(0.354, 'fr')).toMatch(new RegExp(`^35${PERCENT_SPACE}%$`));
    expect(formatPercent(12.5, 'fr')).toMatch(new RegExp(`^1${NNBSP}250${PERCENT_SPACE}%$`));
  });

  it('write English numbers with a comma and a decimal point, the percent sign attached', () => {
    expect(formatNumber(12345.67, 'en')).toBe('12,345.7');
    expect(formatNumber(2.25, 'en', 2)).toBe('2.25');
    expect(formatPercent(0.354, 'en')).toBe('35%');
  });

  it('write dates and months in each language, the calendar day never shifted', () => {
    expect(formatLongDate('2025-06-05', 'fr')).toBe('5 juin 2025');
    expect(formatLongDate('2025-06-05', 'en')).toBe('5 June 2025');
    expect(formatShortDate('2027-01-07', 'fr')).toBe('07/01/2027');
    expect(formatShortDate('2027-01-07', 'en')).toBe('07/01/2027');
    expect(formatDayInMonth('2025-06-05', 'fr')).toBe('5 juin');
    expect(formatDayInMonth('2025-06-05', 'en')).toBe('5 Jun');
    expect(formatMonth('2026-11', 'fr')).toBe('novembre 2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    expect(formatMonthShort('2026-11', 'fr')).toBe('nov. 26');
    expect(formatMonthShort('2026-11', 'en')).toBe('Nov 26');
    expect(formatMonthCompact('2026-11', 'fr')).toBe('nov. 2026');
    expect(formatMonthCompact('2026-11', 'en')).toBe('Nov 2026');
  });

  it('default to French before any language is chosen', () => {
    expect(formatPercent(0.5)).toMatch(new RegExp(`^50${PERCENT_SPACE}%$`));
  });
});

describe('the language', () => {
  it('follows the system when nothing was chosen: English first means English', () => {
    expect(systemLocale(['en-GB', 'fr-FR'])).toBe('en');
    expect(systemLocale(['en-US'])).toBe('en');
    expect(systemLocale(['fr-FR', 'en-GB'])).toBe('fr');
    expect(systemLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(systemLocale(['de-DE'])).toBe('fr');
    expect(systemLocale([])).toBe('fr');
  });

  it('prefers the person’s choice to the system, and a print page’s language to both', () => {
    expect(resolveLocale({ stored: 'fr', languages: ['en-GB'] })).toBe('fr');
    expect(resolveLocale({ stored: 'en', languages: ['fr-FR'] })).toBe('en');
    expect(resolveLocale({ stored: 'de', languages: ['en-GB'] })).toBe('en');
    expect(resolveLocale({ stored: null, languages: ['fr'] })).toBe('fr');
    expect(resolveLocale({ requested: 'en', stored: 'fr', languages: ['fr'] })).toBe('en');
    expect(resolveLocale({ requested: 'xx', stored: 'fr', languages: ['en'] })).toBe('fr');
  });

  it('reads a print page’s language from its address', () => {
    expect(localeInHash('#/report/S1?print=1&asOf=2026-03-15&lang=en')).toBe('en');
    expect(localeInHash('#/report/S1')).toBeNull();
  });
});
