// Month-by-month figures for the seeker page's charts. Every number is derived from the
// journal view alone, so it can be traced back to the actions of that month.
import type { JournalMonth } from '../journal/contract';
import { periodFromIndex, periodIndex } from './calendar';
import type { JournalView, ViewAction } from './journal-view';
import type { AnalysisProfile, MonthlyIndicators } from './types';

/** Charts cover three years at most: older months no longer say much about today's search. */
export const MAX_INDICATOR_MONTHS = 36;

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

// Ordinal, not locale-aware: keys are ASCII codes and the output must not depend on the runtime.
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function addTo(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Sorts `values` in place, ascending. A month has a handful of distances: insertion
 * sort does them without the cost of calling a comparator through Array.prototype.sort.
 */
function sortNumbers(values: number[]): number[] {
  if (values.length > 16) return values.sort((a, b) => a - b);
  for (let i = 1; i < values.length; i++) {
    const value = values[i]!;
    let j = i - 1;
    for (; j >= 0 && values[j]! > value; j--) values[j + 1] = values[j]!;
    values[j + 1] = value;
  }
  return values;
}

/** Sorts `values` in place. */
function medianOf(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = sortNumbers(values);
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

/**
 * An empty plain object in V8's dictionary mode. Counts by type or family get a
 * different set of keys, in a different order, in almost every month: as ordinary
 * objects each new combination made the engine create and look up a new hidden class,
 * which cost more than all the other figures of the row. Deleting a property that is
 * not the last one added switches an object to dictionary mode. Keys keep their
 * insertion order either way, so the result and its JSON are the same.
 */
function emptyCounts(): Record<string, number> {
  const counts: Record<string, number> = { a: 0, b: 0 };
  delete counts.a;
  delete counts.b;
  return counts;
}

const NO_ACTIONS: readonly ViewAction[] = [];

// One pass over the month's actions: this runs for up to 36 months of every journal, and
// filtering the same list once per figure cost more than the rest of the analysis.
function rowFor(
  period: string,
  month: JournalMonth | undefined,
  actions: readonly ViewAction[],
  maxDistanceKm: number,
): MonthlyIndicators {
  // Types in order of first appearance, and their counts: counted in two small arrays,
  // because counting in the object itself (a different set of keys in every month) was
  // the slowest line of the analysis.
  const types: string[] = [];
  const typeCounts: number[] = [];
  let interviews = 0;
  let offers = 0;
  let applications = 0;
  let answers = 0;
  let rejections = 0;
  // Applications with a ROME code, and among them those within the ORE or its mobilities.
  let targeted = 0;
  let withinOre = 0;
  let domains: Map<string, number> | null = null;
  let families: Map<string, number> | null = null;
  let romeCodes: Set<string | null> | null = null;
  const distances: number[] = [];
  let beyond = 0;
  for (const a of actions) {
    const t = types.indexOf(a.type);
    if (t === -1) {
      types.push(a.type);
      typeCounts.push(1);
    } else typeCounts[t]! += 1;
    // An interview is reported either as its own action or as an application's outcome;
    // each action counts once at most. An application marked 'interview' that also has its
    // job_interview action counts twice: the journal does not link them to deduplicate on.
    if (a.type === 'job_interview' || (a.isApplication && a.outcome === 'interview')) interviews++;
    if (a.outcome === 'offer' || a.outcome === 'hired') offers++;
    if (!a.isApplication) continue;
    applications++;
    if (a.answered) answers++;
    // Only applications, so that rejections stay a part of answers in the same chart.
    if (a.outcome === 'rejected') rejections++;
    if (a.rome !== null) {
      targeted++;
      addTo((domains ??= new Map()), a.domain ?? '');
      addTo((families ??= new Map()), a.family ?? '');
      (romeCodes ??= new Set()).add(a.rome);
      if (a.fit === 'ore' || a.fit === 'mobility') withinOre++;
    }
    if (a.distanceKm !== null) {
      distances.push(a.distanceKm);
      if (a.distanceKm > maxDistanceKm) beyond++;
    }
  }

  // Sparse: a type absent from the month is 0. Stored for every month of every seeker,
  // thirteen zeros a month made up half of each stored result.
  const actionsByType = types.length === 0 ? {} : emptyCounts();
  for (let t = 0; t < types.length; t++) actionsByType[types[t]!] = typeCounts[t]!;
  const applicationsByFamily = families === null ? {} : emptyCounts();
  if (families !== null) {
    for (const key of [...families.keys()].sort(byKey)) {
      applicationsByFamily[key] = families.get(key) as number;
    }
  }
  const middle = medianOf(distances);

  return {
    period,
    declared: month !== undefined,
    enteredBy: month?.entered_by ?? null,
    mood: month?.mood ?? null,
    actions: actions.length,
    actionsByType,
    applications,
    answers,
    rejections,
    interviews,
    offers,
    responseRate: applications === 0 ? null : round(answers / applications, 3),
    distinctRome: romeCodes === null ? 0 : romeCodes.size,
    distinctDomains: domains === null ? 0 : domains.size,
    distinctFamilies: families === null ? 0 : families.size,
    domainEntropy: domains === null ? 0 : shannonBits(domains),
    shareWithinOre: targeted === 0 ? null : round(withinOre / targeted, 3),
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
  journal: AnalysisProfile,
): MonthlyIndicators[] {
  const last = periodIndex(view.asOfPeriod);
  const registered = periodIndex(journal.registered_on.slice(0, 7));
  const firstDeclared = view.months[0];
  const earliest =
    firstDeclared === undefined
      ? registered
      : Math.min(registered, periodIndex(firstDeclared.period));
  const first = Math.max(earliest, last - MAX_INDICATOR_MONTHS + 1);

  const rows: MonthlyIndicators[] = [];
  for (let index = first; index <= last; index++) {
    const period = periodFromIndex(index);
    rows.push(
      rowFor(
        period,
        view.monthByPeriod.get(period),
        view.actionsByPeriod.get(period) ?? NO_ACTIONS,
        journal.ore.max_distance_km,
      ),
    );
  }
  return rows;
}
