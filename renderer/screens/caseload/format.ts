// The caseload's dates in the chosen language. The API sends ISO text (YYYY-MM,
// YYYY-MM-DD); the shared formatters (renderer/format.ts) are built once per locale
// because the grid calls them for every visible cell.
import { formatMonthCompact, formatShortDate } from '../../format';

/** « nov. 2026 » / “Nov 2026” for 2026-11; empty for no period. */
export function formatMonth(period: string | null): string {
  return period ? formatMonthCompact(period) : '';
}

/** « 07/01/2027 » for 2027-01-07; empty for no date. */
export function formatDay(isoDate: string | null): string {
  return isoDate ? formatShortDate(isoDate) : '';
}
