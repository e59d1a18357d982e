// The days the team dashboard looks at: the last day of each of the months before
// asOf's, then asOf itself.
import { periodIndex, periodsEndingWith } from '../analysis/calendar';

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
