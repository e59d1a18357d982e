// The caseload's dates in the chosen language. The API sends ISO text (YYYY-MM,
// YYYY-MM-DD); the shared formatters (renderer/format.ts) are built once per locale
// because the grid calls them for every visible cell.
import type { TFunction } from 'i18next';
import type { DeclarationCalendar } from '../../../shared/analysis/declaration-calendar';
import { formatMonthCompact, formatMonthName, formatShortDate } from '../../format';

/** « nov. 2026 » / “Nov 2026” for 2026-11; empty for no period. */
export function formatMonth(period: string | null): string {
  return period ? formatMonthCompact(period) : '';
}

/** « 07/01/2027 » for 2027-01-07; empty for no date. */
export function formatDay(isoDate: string | null): string {
  return isoDate ? formatShortDate(isoDate) : '';
}

/**
 * The last month declared, and the month being declared when the person has not yet:
 * « oct. 2026 (nov. en attente) ». It is not missing until its window closes.
 */
export function lastDeclarationText(
  t: TFunction,
  last: string | null,
  calendar: DeclarationCalendar,
): string {
  const pending = calendar.pending?.period;
  if (pending === undefined || (last !== null && last >= pending)) return formatMonth(last);
  const pendingText = t('caseload.pendingDeclaration', { month: formatMonthName(pending) });
  return last === null ? pendingText : `${formatMonth(last)} (${pendingText})`;
}
