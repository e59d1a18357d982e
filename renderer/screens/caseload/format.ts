// French renderings of the caseload's dates. The API sends ISO text (YYYY-MM, YYYY-MM-DD);
// the formatters are built once because the grid calls them for every visible cell.

const MONTH = new Intl.DateTimeFormat('fr-FR', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' });

/** « nov. 2026 » for 2026-11; empty for no period. */
export function formatMonth(period: string | null): string {
  if (!period) return '';
  const [year, month] = period.split('-').map(Number);
  return MONTH.format(new Date(Date.UTC(year!, month! - 1, 1)));
}

/** « 07/01/2027 » for 2027-01-07; empty for no date. */
export function formatDay(isoDate: string | null): string {
  if (!isoDate) return '';
  const [year, month, day] = isoDate.split('-').map(Number);
  return DAY.format(new Date(Date.UTC(year!, month! - 1, day!)));
}
