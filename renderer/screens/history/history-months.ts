// The months a controller's view covers: every month from registration (or the first
// declared month, if earlier) to the month before today's (or a later declared one),
// each declared or shown as « no journal », unless its declaration is still open
// (pending, until the 15th). Without the months before the first and after the last
// declaration, a person who stopped declaring looked up to date.
import type { DeclarationCalendar } from '../../../shared/analysis/declaration-calendar';
import type { SeekerJournal } from '../../../shared/journal/contract';
import { periodOfDate } from '../../../shared/journal/dates';
import { periodsBetween, timelineEntries } from '../seeker/timeline-model';
import type { TimelineEntry } from '../seeker/timeline-model';

function previousPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

export function historyMonths(
  journal: Pick<SeekerJournal, 'registered_on' | 'months'>,
  calendar: DeclarationCalendar,
): TimelineEntry[] {
  const byPeriod = new Map(journal.months.map((month) => [month.period, month]));
  const declared = [...byPeriod.keys()].sort();
  const registered = periodOfDate(journal.registered_on);
  const lastDue = previousPeriod(periodOfDate(calendar.asOf));
  const first = declared[0] !== undefined && declared[0] < registered ? declared[0] : registered;
  const lastDeclared = declared[declared.length - 1];
  const last = lastDeclared !== undefined && lastDeclared > lastDue ? lastDeclared : lastDue;
  return timelineEntries(periodsBetween(first, last), byPeriod, calendar);
}
