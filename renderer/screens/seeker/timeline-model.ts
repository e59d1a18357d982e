// The journal as the timeline shows it: one entry per calendar month, newest first,
// with the months the person did not declare kept as gaps, so that a silence is seen
// where it happened instead of two declared months looking adjacent.
// A month without a journal is only a silence once it is due: the month in progress and
// the one being declared (until the 15th) say so instead.
import { monthStanding } from '../../../shared/analysis/declaration-calendar';
import type {
  DeclarationCalendar,
  MonthStanding,
} from '../../../shared/analysis/declaration-calendar';
import type { MonthlyIndicators } from '../../../shared/analysis/types';
import type { JournalAction, JournalMonth } from '../../../shared/journal/contract';

export type TimelineEntry =
  | {
      kind: 'declared';
      period: string;
      standing: MonthStanding;
      month: JournalMonth;
      actions: JournalAction[];
    }
  | { kind: 'gap'; period: string; standing: MonthStanding };

/** `2026-11` → `2026-12`; months are compared and stepped as text, never as Dates. */
export function nextPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last` inclusive, oldest first. */
export function periodsBetween(first: string, last: string): string[] {
  const periods: string[] = [];
  for (let period = first; period <= last; period = nextPeriod(period)) periods.push(period);
  return periods;
}

function newestActionFirst(a: JournalAction, b: JournalAction): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The months to show: from the earliest month the journal or the analysis knows to the
 * latest, each either declared (with its actions, newest first) or a gap, and where it
 * stands on the declaration calendar (every month is due without one).
 */
export function buildTimeline(
  months: readonly JournalMonth[],
  indicators: readonly MonthlyIndicators[],
  calendar: DeclarationCalendar | null = null,
): TimelineEntry[] {
  const byPeriod = new Map(months.map((month) => [month.period, month]));
  const known = [...byPeriod.keys(), ...indicators.map((row) => row.period)].sort();
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined) return [];
  return timelineEntries(periodsBetween(first, last), byPeriod, calendar);
}

/** The periods newest first, each declared (actions newest first) or a gap, and where it stands. */
export function timelineEntries(
  periods: readonly string[],
  byPeriod: ReadonlyMap<string, JournalMonth>,
  calendar: DeclarationCalendar | null,
): TimelineEntry[] {
  return [...periods].reverse().map((period): TimelineEntry => {
    const month = byPeriod.get(period);
    const standing = calendar === null ? 'due' : monthStanding(period, calendar);
    return month
      ? {
          kind: 'declared',
          period,
          standing,
          month,
          actions: [...month.actions].sort(newestActionFirst),
        }
      : { kind: 'gap', period, standing };
  });
}
