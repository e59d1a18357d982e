// The days the team dashboard looks at: the last day of each of the months before
// asOf's, then asOf itself, and which months are due for a declaration by a given day.
import { periodFromIndex, periodIndex, periodsEndingWith } from '../analysis/calendar';

export interface DashboardPoint {
  /** YYYY-MM. */
  period: string;
  /** YYYY-MM-DD: the month's last day, or asOf for asOf's month. */
  asOf: string;
}

/** The last day of a period, YYYY-MM-DD. */
export function lastDayOf(period: string): string {
  const index = periodIndex(period);
  // Day 0 of the next month is this month's last day.
  const days = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${period}-${String(days).padStart(2, '0')}`;
}

/** The `months` points ending with asOf's month, oldest first. */
export function dashboardPoints(asOf: string, months: number): DashboardPoint[] {
  const periods = periodsEndingWith(asOf.slice(0, 7), months);
  return periods.map((period, i) => ({
    period,
    asOf: i === periods.length - 1 ? asOf : lastDayOf(period),
  }));
}

/**
 * The last month a declaration is due for by `asOf`: its own month once the due day is
 * reached, the month before until then (the rule of the missing_declarations signal,
 * settings.missingDeclarations.currentMonthDueDay).
 */
export function lastDuePeriod(asOf: string, dueDay: number): string {
  const current = periodIndex(asOf.slice(0, 7));
  return periodFromIndex(Number(asOf.slice(8, 10)) >= dueDay ? current : current - 1);
}
