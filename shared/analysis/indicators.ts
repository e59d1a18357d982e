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

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

// Ordinal, not locale-aware: keys are ASCII codes and the output must not depend on the runtime.
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts by key, in order of first appearance. A month has a handful of domains,
 * families or codes: a search through a short array costs less than a Map's hashing.
 */
class Tally {
  readonly keys: string[] = [];
  readonly counts: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  add(key: string): void {
    const i = this.keys.indexOf(key);
    if (i === -1) {
      this.keys.push(key);
      this.counts.push(1);
    } else this.counts[i]! += 1;
  }

  clear(): void {
    this.keys.length = 0;
    this.counts.length = 0;
  }

  countOf(key: string): number {
    return this.counts[this.keys.indexOf(key)]!;
  }

  /**
   * The keys in ordinal order, sorted in place with their counts (insertion sort: a
   * handful of keys): the order of first appearance is not needed after counting.
   */
  sortedKeys(): readonly string[] {
    const { keys, counts } = this;
    for (let i = 1; i < keys.length; i++) {
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
    return keys;
  }
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

function shannonBits(counts: Tally): number {
  if (counts.size <= 1) return 0;
  let total = 0;
  for (const n of counts.counts) total += n;
  let entropy = 0;
  // Summed in key order so that the float result is identical whatever the input order.
  for (const key of counts.sortedKeys()) {
    const p = counts.countOf(key) / total;
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
  types: string[];
  typeCounts: number[];
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
  distances: number[];
  beyond: number;
}

const counted: MonthCounts = {
  types: [],
  typeCounts: [],
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
  beyond: 0,
};

// One pass over the month's actions: this runs for up to 36 months of every journal, and
// filtering the same list once per figure cost more than the rest of the analysis.
function countMonth(actions: readonly ViewAction[], maxDistanceKm: number): MonthCounts {
  const c = counted;
  // Types and their counts in two small arrays: counting in an object (a different set
  // of keys in every month) was the slowest line of the analysis.
  const { types, typeCounts, domains, families, romeCodes, distances } = c;
  types.length = 0;
  typeCounts.length = 0;
  domains.clear();
  families.clear();
  romeCodes.clear();
  distances.length = 0;
  let interviews = 0;
  let offers = 0;
  let applications = 0;
  let answers = 0;
  let rejections = 0;
  let targeted = 0;
  let withinOre = 0;
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
      domains.add(a.domain ?? '');
      families.add(a.family ?? '');
      romeCodes.add(a.rome);
      if (a.fit === 'ore' || a.fit === 'mobility') withinOre++;
    }
    if (a.distanceKm !== null) {
      distances.push(a.distanceKm);
      if (a.distanceKm > maxDistanceKm) beyond++;
    }
  }
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

/** The families of the month's applications, in key order. */
const sortedFamilies = (c: MonthCounts) => c.families.sortedKeys();

// The figures of a row that are plain values, from the month's counts.
const responseRateOf = (c: MonthCounts) =>
  c.applications === 0 ? null : round(c.answers / c.applications, 3);
const domainEntropyOf = (c: MonthCounts) => (c.domains.size === 0 ? 0 : shannonBits(c.domains));
const shareWithinOreOf = (c: MonthCounts) =>
  c.targeted === 0 ? null : round(c.withinOre / c.targeted, 3);
const shareBeyondRadiusOf = (c: MonthCounts) =>
  c.distances.length === 0 ? null : round(c.beyond / c.distances.length, 3);
/** Sorts the month's distances in place. */
function medianDistanceOf(c: MonthCounts): number | null {
  const middle = medianOf(c.distances);
  return middle === null ? null : round(middle, 1);
}

function rowFor(
  period: string,
  month: JournalMonth | undefined,
  actions: readonly ViewAction[],
  maxDistanceKm: number,
): MonthlyIndicators {
  const c = countMonth(actions, maxDistanceKm);
  // Sparse: a type absent from the month is 0. Stored for every month of every seeker,
  // thirteen zeros a month made up half of each stored result.
  const actionsByType = c.types.length === 0 ? {} : emptyCounts();
  for (let t = 0; t < c.types.length; t++) actionsByType[c.types[t]!] = c.typeCounts[t]!;
  const applicationsByFamily = c.families.size === 0 ? {} : emptyCounts();
  for (const key of sortedFamilies(c)) applicationsByFamily[key] = c.families.countOf(key);

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
    distinctFamilies: c.families.size,
    domainEntropy: domainEntropyOf(c),
    shareWithinOre: shareWithinOreOf(c),
    applicationsByFamily,
    medianDistanceKm: medianDistanceOf(c),
    shareBeyondRadius: shareBeyondRadiusOf(c),
  };
}

/** The periods monthlyIndicators gives a row, as indexes: first to last. */
function indicatorRange(view: JournalView, journal: AnalysisProfile): [number, number] {
  const last = periodIndex(view.asOfPeriod);
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
  const columns = INDICATOR_FIELDS.map((): unknown[] => []);
  const [c0, c1, c2, c3, c4, , c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, , c18, c19] =
    columns;
  const typeKeys: string[] = [];
  const typeMonths: number[][] = [];
  const familyKeys: string[] = [];
  const familyMonths: number[][] = [];
  const maxDistanceKm = journal.ore.max_distance_km;
  for (let index = first; index <= last; index++) {
    const period = periodFromIndex(index);
    const month = view.monthByPeriod.get(period);
    const actions = view.actionsByPeriod.get(period) ?? NO_ACTIONS;
    const c = countMonth(actions, maxDistanceKm);
    const byType: number[] = [];
    for (let t = 0; t < c.types.length; t++) {
      const key = c.types[t]!;
      if (!isPlainKey(key)) return null;
      let k = typeKeys.indexOf(key);
      if (k === -1) k = typeKeys.push(key) - 1;
      byType.push(k, c.typeCounts[t]!);
    }
    typeMonths.push(byType);
    const byFamily: number[] = [];
    if (c.families.size > 0) {
      for (const key of sortedFamilies(c)) {
        if (!isPlainKey(key)) return null;
        let k = familyKeys.indexOf(key);
        if (k === -1) k = familyKeys.push(key) - 1;
        byFamily.push(k, c.families.countOf(key));
      }
    }
    familyMonths.push(byFamily);
    c0!.push(period);
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
    c14!.push(c.families.size);
    c15!.push(domainEntropyOf(c));
    c16!.push(shareWithinOreOf(c));
    c18!.push(medianDistanceOf(c));
    c19!.push(shareBeyondRadiusOf(c));
  }
  const encoded: IndicatorColumns['columns'] = columns;
  encoded[5] = { keys: typeKeys, months: typeMonths };
  encoded[17] = { keys: familyKeys, months: familyMonths };
  return { count: Math.max(0, last - first + 1), columns: encoded };
}

/**
 * A key an object keeps in insertion order and JSON writes back as itself: not an
 * array index (those come first, in numeric order), not '__proto__'.
 */
function isPlainKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return !(first >= 48 && first <= 57) && key !== '__proto__';
}
