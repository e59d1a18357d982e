// The journal view at an earlier date, cut from a later one: what buildJournalView
// would return for that date, without classifying every action again. The dashboard
// looks at twelve month-ends of each journal; classifying (ROME fit, distances) and
// sorting the actions is most of what building a view costs, and is done once.
import { dayNumber, periodIndex } from '../analysis/calendar';
import type { JournalView, ViewAction } from '../analysis/journal-view';

/** `asOf` must not be after `later.asOf`. */
export function journalViewAt(later: JournalView, asOf: string): JournalView {
  if (asOf > later.asOf) {
    throw new Error(`journalViewAt: ${asOf} is after the view's date ${later.asOf}`);
  }
  const asOfDay = dayNumber(asOf);
  const asOfPeriod = asOf.slice(0, 7);
  const asOfPeriodIndex = periodIndex(asOfPeriod);
  // As buildJournalView: months up to the reference month, actions up to the day.
  const kept = (a: ViewAction) => a.day <= asOfDay && a.periodIndex <= asOfPeriodIndex;
  const months = later.months.filter((m) => periodIndex(m.period) <= asOfPeriodIndex);
  const actionsByPeriod = new Map<string, ViewAction[]>();
  for (const [period, group] of later.actionsByPeriod) {
    const keptGroup = group.filter(kept);
    if (keptGroup.length > 0) actionsByPeriod.set(period, keptGroup);
  }
  return {
    ...later,
    asOf,
    asOfDay,
    asOfPeriod,
    asOfPeriodIndex,
    months,
    monthByPeriod: new Map(months.map((m) => [m.period, m])),
    actions: later.actions.filter(kept),
    actionsByPeriod,
    applications: later.applications.filter(kept),
  };
}
