// Month-by-month figures for the seeker page's charts. Every number is derived from the
// journal view alone, so it can be traced back to the actions of that month.
import type { JournalMonth } from '../journal/contract';
import { periodFromIndex, periodIndex } from './calendar';
import type { JournalView, ViewAction } from './journal-view';
import type { AnalysisProfile, MonthlyIndicators } from './types';
import type { IndicatorColumns } from './stored-result';
import { INDICATOR_FIELDS } from './stored-result';

/** Charts cover three years at most: older months no longer say much about today's search. */
export const MAX_INDICATOR_MONTHS = 36;

// Powers of ten looked up, not computed: `10 ** n` with a variable n is a call into the
// runtime, and rounding runs for every month of every seeker.
const POWERS_OF_TEN = [1, 10, 100, 1000] as const;

const round = (value: number, decimals: 0 | 1 | 2 | 3): number => {
  const factor = POWERS_OF_TEN[decimals];
  return Math.round(value * factor) / factor;
};

// Ordinal, not locale-aware: keys are ASCII codes and the output must not depend on the runtime.
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts by key, in order of first appearance. A month has a handful of domains,
 * families or codes: a search through a short array costs less than a Map's hashing.
 * One tally serves every month: `size` says how many of its slots are this month's
 * (setting an array's length is a call into the runtime, measured on this path).
 */
class Tally {
  readonly keys: string[] = [];
  readonly counts: number[] = [];
  size = 0;

  add(key: string): void {
    const { keys, counts } = this;
    for (let i = 0; i < this.size; i++) {
      if (keys[i] === key) {
        counts[i]! += 1;
        return;
      }
    }
    keys[this.size] = key;
    counts[this.size] = 1;
    this.size += 1;
  }

  clear(): void {
    this.size = 0;
  }

  /**
   * Sorts the keys in ordinal order, their counts with them (insertion sort: a handful
   * of keys): the order of first appearance is not needed after counting.
   */
  sort(): void {
    const { keys, counts } = this;
    for (let i = 1; i < this.size; i++) {
      const key = keys[i]!;
      const count = counts[i]!;
      let j = i - 1;
      for (; j >= 0 && byKey(keys[j]!, key) > 0; j--) {
        keys[j + 1] = keys[j]!;
        counts[j + 1] = counts[j]!;
      }
      keys[j + 1] = key;
      counts[j + 1] = count;
    }
  }

  /** The counts as a row's count map, keys in the tally's order. */
  toCounts(): Record<string, number> {
    // Sparse: a key absent from the month is 0. Stored for every month of every seeker,
    // thirteen zeros a month made up half of each stored result.
    const map = this.size === 0 ? {} : emptyCounts();
    for (let i = 0; i < this.size; i++) map[this.keys[i]!] = this.counts[i]!;
    return map;
  }

  /**
   * The counts as one month of a stored MapColumn: [key index, count, …], indexes into
   * `columnKeys`, which gains the keys it lacks. Null when a key could not be written
   * back as a plain key (isPlainKey).
   */
  toColumnMonth(columnKeys: string[]): number[] | null {
    const month: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const key = this.keys[i]!;
      if (!isPlainKey(key)) return null;
      let k = columnKeys.indexOf(key);
      if (k === -1) k = columnKeys.push(key) - 1;
      month.push(k, this.counts[i]!);
    }
    return month;
  }
}

/**
 * The median of values[0..count), sorting them in place. A month has a handful of
 * distances: insertion sort does them without the cost of calling a comparator
 * through Array.prototype.sort.
 */
function medianOf(values: number[], count: number): number | null {
  if (count === 0) return null;
  let sorted = values;
  if (count > 16) sorted = values.slice(0, count).sort((a, b) => a - b);
  else {
    for (let i = 1; i < count; i++) {
      const value = values[i]!;
      let j = i - 1;
      for (; j >= 0 && values[j]! > value; j--) values[j + 1] = values[j]!;
      values[j + 1] = value;
    }
  }
  const mid = count >> 1;
  return count % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Sorts the tally. */
function shannonBits(counts: Tally): number {
  if (counts.size <= 1) return 0;
  let total = 0;
  for (let i = 0; i < counts.size; i++) total += counts.counts[i]!;
  let entropy = 0;
  // Summed in key order so that the float result is identical whatever the input order.
  counts.sort();
  for (let i = 0; i < counts.size; i++) {
    const p = counts.counts[i]! / total;
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

/**
 * What one pass over a month's actions counts. One object serves every month of every
 * journal (the engine is synchronous): rowFor and the stored columns read it before
 * the next month is counted.
 */
interface MonthCounts {
  /** Types in order of first appearance, and their counts. */
  types: Tally;
  interviews: number;
  offers: number;
  applications: number;
  answers: number;
  rejections: number;
  /** Applications with a ROME code, and among them those within the ORE or its mobilities. */
  targeted: number;
  withinOre: number;
  domains: Tally;
  families: Tally;
  romeCodes: Tally;
  /** distances[0..distanceCount): the month's application distances. */
  distances: number[];
  distanceCount: number;
  beyond: number;
}

const counted: MonthCounts = {
  types: new Tally(),
  interviews: 0,
  offers: 0,
  applications: 0,
  answers: 0,
  rejections: 0,
  targeted: 0,
  withinOre: 0,
  domains: new Tally(),
  families: new Tally(),
  romeCodes: new Tally(),
  distances: [],
  distanceCount: 0,
  beyond: 0,
};

// One pass over the month's actions: this runs for up to 36 months of every journal, and
// filtering the same list once per figure cost more than the rest of the analysis.
function countMonth(actions: readonly ViewAction[], maxDistanceKm: number): MonthCounts {
  const c = counted;
  // Types and their counts in a tally: counting in an object (a different set of keys
  // in every month) was the slowest line of the analysis.
  const { types, domains, families, romeCodes, distances } = c;
  types.clear();
  domains.clear();
  families.clear();
  romeCodes.clear();
  let distanceCount = 0;
  let interviews = 0;
  let offers = 0;
  let applications = 0;
  let answers = 0;
  let rejections = 0;
  let targeted = 0;
  let withinOre = 0;
  let beyond = 0;
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    types.add(a.type);
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
      domains.add(a.domain ?? '');
      families.add(a.family ?? '');
      romeCodes.add(a.rome);
      if (a.fit === 'ore' || a.fit === 'mobility') withinOre++;
    }
    if (a.distanceKm !== null) {
      distances[distanceCount++] = a.distanceKm;
      if (a.distanceKm > maxDistanceKm) beyond++;
    }
  }
  c.distanceCount = distanceCount;
  c.interviews = interviews;
  c.offers = offers;
  c.applications = applications;
  c.answers = answers;
  c.rejections = rejections;
  c.targeted = targeted;
  c.withinOre = withinOre;
  c.beyond = beyond;
  return c;
}

// The figures of a row that are plain values, from the month's counts.
const responseRateOf = (c: MonthCounts) =>
  c.applications === 0 ? null : round(c.answers / c.applications, 3);
/** Sorts the month's domains. */
const domainEntropyOf = (c: MonthCounts) => (c.domains.size === 0 ? 0 : shannonBits(c.domains));
const shareWithinOreOf = (c: MonthCounts) =>
  c.targeted === 0 ? null : round(c.withinOre / c.targeted, 3);
const shareBeyondRadiusOf = (c: MonthCounts) =>
  c.distanceCount === 0 ? null : round(c.beyond / c.distanceCount, 3);
/** Sorts the month's distances in place. */
function medianDistanceOf(c: MonthCounts): number | null {
  const middle = medianOf(c.distances, c.distanceCount);
  return middle === null ? null : round(middle, 1);
}

function rowFor(
  period: string,
  month: JournalMonth | undefined,
  actions: readonly ViewAction[],
  maxDistanceKm: number,
): MonthlyIndicators {
  const c = countMonth(actions, maxDistanceKm);
  const { types, families } = c;
  const actionsByType = types.toCounts();
  families.sort();
  const applicationsByFamily = families.toCounts();

  return {
    period,
    declared: month !== undefined,
    enteredBy: month?.entered_by ?? null,
    mood: month?.mood ?? null,
    actions: actions.length,
    actionsByType,
    applications: c.applications,
    answers: c.answers,
    rejections: c.rejections,
    interviews: c.interviews,
    offers: c.offers,
    responseRate: responseRateOf(c),
    distinctRome: c.romeCodes.size,
    distinctDomains: c.domains.size,
    distinctFamilies: families.size,
    domainEntropy: domainEntropyOf(c),
    shareWithinOre: shareWithinOreOf(c),
    applicationsByFamily,
    medianDistanceKm: medianDistanceOf(c),
    shareBeyondRadius: shareBeyondRadiusOf(c),
  };
}

// Period strings by index, kept: every row of every journal names its period, and the
// periods of a department's journals are a few dozen. Bounded all the same.
const periodStrings = new Map<number, string>();
function periodAt(index: number): string {
  let period = periodStrings.get(index);
  if (period === undefined) {
    if (periodStrings.size > 10_000) periodStrings.clear();
    period = periodFromIndex(index);
    periodStrings.set(index, period);
  }
  return period;
}

/**
 * The months and action groups of the rows first..last, by row: read from the view once
 * instead of looked up by period string for every row. As by the lookup, a month or a
 * group counts only under the period written the way periodFromIndex writes it.
 */
interface MonthSlots {
  first: number;
  count: number;
  months: (JournalMonth | undefined)[];
  actions: (readonly ViewAction[])[];
}

const slots: MonthSlots = { first: 0, count: 0, months: [], actions: [] };

function fillSlots(view: JournalView, first: number, last: number): MonthSlots {
  const count = Math.max(0, last - first + 1);
  const { months, actions } = slots;
  for (let k = 0; k < count; k++) {
    months[k] = undefined;
    actions[k] = NO_ACTIONS;
  }
  for (const month of view.months) {
    const k = periodIndex(month.period) - first;
    // The view's months are unique by period; the last one wins, as in monthByPeriod.
    if (k >= 0 && k < count && month.period === periodAt(first + k)) months[k] = month;
  }
  view.actionsByPeriod.forEach((group, period) => {
    const k = group[0]!.periodIndex - first;
    if (k >= 0 && k < count && period === periodAt(first + k)) actions[k] = group;
  });
  slots.first = first;
  slots.count = count;
  return slots;
}

/** The periods monthlyIndicators gives a row, as indexes: first to last. */
function indicatorRange(view: JournalView, journal: AnalysisProfile): [number, number] {
  const last = view.asOfPeriodIndex;
  const registered = periodIndex(journal.registered_on.slice(0, 7));
  const firstDeclared = view.months[0];
  const earliest =
    firstDeclared === undefined
      ? registered
      : Math.min(registered, periodIndex(firstDeclared.period));
  return [Math.max(earliest, last - MAX_INDICATOR_MONTHS + 1), last];
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
  const [first, last] = indicatorRange(view, journal);
  const { count, months, actions } = fillSlots(view, first, last);
  const rows: MonthlyIndicators[] = [];
  for (let k = 0; k < count; k++) {
    rows.push(rowFor(periodAt(first + k), months[k], actions[k]!, journal.ore.max_distance_km));
  }
  return rows;
}

/**
 * monthlyIndicators as stored (stored-result.ts): the same figures written straight into
 * the columns encodeIndicators would make of the rows, without building the rows and
 * their count maps first. Null when a key of a count map could not be written back as
 * a plain key in its place (an integer-like key or '__proto__', which no journal has):
 * the caller then encodes the rows.
 */
export function monthlyIndicatorColumns(
  view: JournalView,
  journal: AnalysisProfile,
): IndicatorColumns | null {
  const [first, last] = indicatorRange(view, journal);
  const { count, months, actions: groups } = fillSlots(view, first, last);
  const columns = INDICATOR_FIELDS.map((): unknown[] => []);
  const [c0, c1, c2, c3, c4, , c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, , c18, c19] =
    columns;
  const typeKeys: string[] = [];
  const typeMonths: number[][] = [];
  const familyKeys: string[] = [];
  const familyMonths: number[][] = [];
  const maxDistanceKm = journal.ore.max_distance_km;
  for (let k = 0; k < count; k++) {
    const month = months[k];
    const actions = groups[k]!;
    const c = countMonth(actions, maxDistanceKm);
    const { types, families } = c;
    const byType = types.toColumnMonth(typeKeys);
    families.sort();
    const byFamily = families.toColumnMonth(familyKeys);
    if (byType === null || byFamily === null) return null;
    typeMonths.push(byType);
    familyMonths.push(byFamily);
    c0!.push(periodAt(first + k));
    c1!.push(month !== undefined);
    c2!.push(month?.entered_by ?? null);
    c3!.push(month?.mood ?? null);
    c4!.push(actions.length);
    c6!.push(c.applications);
    c7!.push(c.answers);
    c8!.push(c.rejections);
    c9!.push(c.interviews);
    c10!.push(c.offers);
    c11!.push(responseRateOf(c));
    c12!.push(c.romeCodes.size);
    c13!.push(c.domains.size);
    c14!.push(families.size);
    c15!.push(domainEntropyOf(c));
    c16!.push(shareWithinOreOf(c));
    c18!.push(medianDistanceOf(c));
    c19!.push(shareBeyondRadiusOf(c));
  }
  const encoded: IndicatorColumns['columns'] = columns;
  encoded[5] = { keys: typeKeys, months: typeMonths };
  encoded[17] = { keys: familyKeys, months: familyMonths };
  return { count, columns: encoded };
}

/**
 * A key an object keeps in insertion order and JSON writes back as itself: not an
 * array index (those come first, in numeric order), not '__proto__'.
 */
function isPlainKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return !(first >= 48 && first <= 57) && key !== '__proto__';
}
