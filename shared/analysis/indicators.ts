// Month-by-month figures for the seeker page's charts. Every number is derived from the
// journal view alone, so it can be traced back to the actions of that month.
import type { JournalMonth } from '../journal/contract';
import { periodFromIndex, periodIndex } from './calendar';
import type { JournalView, ViewAction } from './journal-view';
import type { AnalysisJournal, MonthlyIndicators } from './types';

/** Charts cover three years at most: older months no longer say much about today's search. */
export const MAX_INDICATOR_MONTHS = 36;

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

// Ordinal, not locale-aware: keys are ASCII codes and the output must not depend on the runtime.
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function countBy(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function shannonBits(counts: ReadonlyMap<string, number>): number {
  if (counts.size <= 1) return 0;
  let total = 0;
  for (const n of counts.values()) total += n;
  let entropy = 0;
  // Summed in key order so that the float result is identical whatever the input order.
  for (const key of [...counts.keys()].sort(byKey)) {
    const p = (counts.get(key) as number) / total;
    entropy -= p * Math.log2(p);
  }
  return round(entropy, 3);
}

function rowFor(
  period: string,
  month: JournalMonth | undefined,
  actions: readonly ViewAction[],
  maxDistanceKm: number,
): MonthlyIndicators {
  // Sparse: a type absent from the month is 0. Stored for every month of every seeker,
  // thirteen zeros a month made up half of each stored result.
  const actionsByType: Record<string, number> = {};
  let interviews = 0;
  let offers = 0;
  for (const a of actions) {
    actionsByType[a.type] = (actionsByType[a.type] ?? 0) + 1;
    // An interview is reported either as its own action or as an application's outcome;
    // each action counts once at most. An application marked 'interview' that also has its
    // job_interview action counts twice: the journal does not link them to deduplicate on.
    if (a.type === 'job_interview' || (a.isApplication && a.outcome === 'interview')) interviews++;
    if (a.outcome === 'offer' || a.outcome === 'hired') offers++;
  }

  const applications = actions.filter((a) => a.isApplication);
  const answers = applications.filter((a) => a.answered).length;
  // Only applications, so that rejections stay a part of answers in the same chart.
  const rejections = applications.filter((a) => a.outcome === 'rejected').length;

  const targeted = applications.filter((a) => a.rome !== null);
  const domains = countBy(targeted.map((a) => a.domain ?? ''));
  const families = countBy(targeted.map((a) => a.family ?? ''));
  const applicationsByFamily: Record<string, number> = {};
  for (const key of [...families.keys()].sort(byKey)) {
    applicationsByFamily[key] = families.get(key) as number;
  }
  const withinOre = targeted.filter((a) => a.fit === 'ore' || a.fit === 'mobility').length;

  const distances = applications.flatMap((a) => (a.distanceKm === null ? [] : [a.distanceKm]));
  const middle = median(distances);
  const beyond = distances.filter((d) => d > maxDistanceKm).length;

  return {
    period,
    declared: month !== undefined,
    enteredBy: month?.entered_by ?? null,
    mood: month?.mood ?? null,
    actions: actions.length,
    actionsByType,
    applications: applications.length,
    answers,
    rejections,
    interviews,
    offers,
    responseRate: applications.length === 0 ? null : round(answers / applications.length, 3),
    distinctRome: new Set(targeted.map((a) => a.rome)).size,
    distinctDomains: domains.size,
    distinctFamilies: families.size,
    domainEntropy: shannonBits(domains),
    shareWithinOre: targeted.length === 0 ? null : round(withinOre / targeted.length, 3),
    applicationsByFamily,
    medianDistanceKm: middle === null ? null : round(middle, 1),
    shareBeyondRadius: distances.length === 0 ? null : round(beyond / distances.length, 3),
  };
}

/**
 * One row per period from the earlier of the first declared month and the registration
 * month (at most MAX_INDICATOR_MONTHS back) to the reference month. Months without a
 * journal are kept, with `declared: false` and zeros, so that charts show the gaps.
 */
export function monthlyIndicators(
  view: JournalView,
  journal: AnalysisJournal,
): MonthlyIndicators[] {
  const last = periodIndex(view.asOfPeriod);
  const registered = periodIndex(journal.registered_on.slice(0, 7));
  const firstDeclared = view.months[0];
  const earliest =
    firstDeclared === undefined
      ? registered
      : Math.min(registered, periodIndex(firstDeclared.period));
  const first = Math.max(earliest, last - MAX_INDICATOR_MONTHS + 1);

  const actionsByPeriod = new Map<string, ViewAction[]>();
  for (const a of view.actions) {
    const group = actionsByPeriod.get(a.period);
    if (group) group.push(a);
    else actionsByPeriod.set(a.period, [a]);
  }

  const rows: MonthlyIndicators[] = [];
  for (let index = first; index <= last; index++) {
    const period = periodFromIndex(index);
    rows.push(
      rowFor(
        period,
        view.monthByPeriod.get(period),
        actionsByPeriod.get(period) ?? [],
        journal.ore.max_distance_km,
      ),
    );
  }
  return rows;
}
