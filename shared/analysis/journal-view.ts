// One pass over a journal that every indicator and signal reads: actions in date order
// up to the reference date, each classified once (application? answered? which domain?
// inside the ORE or its mobilities? how far from home?).
import type { JournalAction, JournalMonth } from '../journal/contract';
import { APPLICATION_TYPES } from '../journal/contract';
import type { Referentials } from '../reference/referentials';
import type { AnalysisJournal } from './types';
import { dayNumber, periodIndex } from './calendar';

export type TargetFit = 'ore' | 'mobility' | 'outside';

export interface ViewAction extends JournalAction {
  period: string;
  /** periodIndex(period), kept so that window filters compare numbers. */
  periodIndex: number;
  day: number;
  isApplication: boolean;
  /** Answered by the employer: rejected, interview, offer or hired. */
  answered: boolean;
  domain: string | null;
  family: string | null;
  /** For actions with a ROME code: within the ORE jobs, reached by their mobilities, or outside. */
  fit: TargetFit | null;
  /** Home → action commune, when both are known. */
  distanceKm: number | null;
}

export interface JournalView {
  asOf: string;
  asOfDay: number;
  asOfPeriod: string;
  asOfPeriodIndex: number;
  /** Months up to the reference month, by period. */
  months: JournalMonth[];
  monthByPeriod: Map<string, JournalMonth>;
  /** Actions dated up to the reference date, by date then id. */
  actions: ViewAction[];
  /** The same actions grouped by the period of their month, each group by date then id. */
  actionsByPeriod: Map<string, ViewAction[]>;
  applications: ViewAction[];
  oreCodes: ReadonlySet<string>;
  /** ROME codes reached from the ORE jobs by mobilities, with the closest kind. */
  oreMobilities: ReadonlyMap<string, 'proche' | 'evolution'>;
  registeredDay: number;
}

const APPLICATIONS = new Set<string>(APPLICATION_TYPES);
const ANSWERS = new Set<string>(['rejected', 'interview', 'offer', 'hired']);

// Distances from a home commune, kept from one journal to the next: seekers of one
// department share a few hundred homes and employers' communes, and a great-circle
// distance costs more than a lookup. One cache per set of referentials, emptied when it
// holds more than MAX_CACHED_DISTANCES so that a long-running process stays bounded.
const MAX_CACHED_DISTANCES = 500_000;

interface DistanceCache {
  entries: number;
  byHome: Map<string, Map<string, number | null>>;
}

const distanceCaches = new WeakMap<Referentials, DistanceCache>();

/** home → commune distances (km, null when a commune is unknown), through the cache. */
function distancesFrom(refs: Referentials, home: string): (commune: string) => number | null {
  let cache = distanceCaches.get(refs);
  if (cache === undefined || cache.entries > MAX_CACHED_DISTANCES) {
    cache = { entries: 0, byHome: new Map() };
    distanceCaches.set(refs, cache);
  }
  let known = cache.byHome.get(home);
  if (known === undefined) cache.byHome.set(home, (known = new Map()));
  const counted = cache;
  const distances = known;
  return (commune) => {
    let d = distances.get(commune);
    if (d === undefined) {
      d = refs.distanceKm(home, commune) ?? null;
      distances.set(commune, d);
      counted.entries += 1;
    }
    return d;
  };
}

export function buildJournalView(
  journal: AnalysisJournal,
  refs: Referentials,
  asOf: string,
): JournalView {
  const asOfDay = dayNumber(asOf);
  const asOfPeriod = asOf.slice(0, 7);
  const oreCodes = new Set(journal.ore.rome);
  const oreMobilities = new Map<string, 'proche' | 'evolution'>();
  for (const code of journal.ore.rome) {
    for (const m of refs.mobilitiesFrom(code)) {
      if (oreCodes.has(m.to)) continue;
      if (oreMobilities.get(m.to) !== 'proche') oreMobilities.set(m.to, m.kind);
    }
  }
  const asOfPeriodIndex = periodIndex(asOfPeriod);
  const months = journal.months
    .filter((m) => periodIndex(m.period) <= asOfPeriodIndex)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const actions: ViewAction[] = [];
  const distanceTo =
    journal.home_commune === null ? null : distancesFrom(refs, journal.home_commune);
  for (const month of months) {
    const monthIndex = periodIndex(month.period);
    for (const action of month.actions) {
      const day = dayNumber(action.date);
      if (day > asOfDay) continue;
      const rome = action.rome;
      const fiche = rome === null ? undefined : refs.rome(rome);
      const fit: TargetFit | null =
        rome === null
          ? null
          : oreCodes.has(rome)
            ? 'ore'
            : oreMobilities.has(rome)
              ? 'mobility'
              : 'outside';
      // Spelled out rather than spread: every view action has the same shape, which
      // keeps the detectors' property reads fast.
      actions.push({
        id: action.id,
        date: action.date,
        type: action.type,
        rome,
        employer: action.employer,
        commune: action.commune,
        channel: action.channel,
        outcome: action.outcome,
        note: action.note,
        period: month.period,
        periodIndex: monthIndex,
        day,
        isApplication: APPLICATIONS.has(action.type),
        answered: ANSWERS.has(action.outcome),
        domain: fiche?.domainCode ?? (rome ? rome.slice(0, 3) : null),
        family: fiche?.familyCode ?? (rome ? rome.slice(0, 1) : null),
        fit,
        distanceKm:
          distanceTo === null || action.commune === null ? null : distanceTo(action.commune),
      });
    }
  }
  // Results must not depend on the order of actions in the file.
  actions.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const actionsByPeriod = new Map<string, ViewAction[]>();
  const applications: ViewAction[] = [];
  for (const a of actions) {
    const group = actionsByPeriod.get(a.period);
    if (group) group.push(a);
    else actionsByPeriod.set(a.period, [a]);
    if (a.isApplication) applications.push(a);
  }
  return {
    asOf,
    asOfDay,
    asOfPeriod,
    asOfPeriodIndex,
    months,
    monthByPeriod: new Map(months.map((m) => [m.period, m])),
    actions,
    actionsByPeriod,
    applications,
    oreCodes,
    oreMobilities,
    registeredDay: dayNumber(journal.registered_on),
  };
}

/** Actions whose period is among the `count` months ending with the reference month. */
export function inLastMonths(
  actions: readonly ViewAction[],
  view: JournalView,
  count: number,
): ViewAction[] {
  const from = view.asOfPeriodIndex - count + 1;
  return actions.filter((a) => a.periodIndex >= from);
}

/** The months of the view among the `count` months ending with the reference month. */
export function monthsInLast(view: JournalView, count: number): JournalMonth[] {
  const from = view.asOfPeriodIndex - count + 1;
  return view.months.filter((m) => periodIndex(m.period) >= from);
}
