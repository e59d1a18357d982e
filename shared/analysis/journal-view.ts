// One pass over a journal that every indicator and signal reads: actions in date order
// up to the reference date, each classified once (application? answered? which domain?
// inside the ORE or its mobilities? how far from home?).
import type { JournalAction, JournalMonth } from '../journal/contract';
import { APPLICATION_TYPES } from '../journal/contract';
import type { Referentials } from '../reference/referentials';
import type { MobilityLinkKind } from '../reference/types';
import type { FlatMonths } from '../journal/write-encoding';
import { ACTION_FIELDS, MONTH_FIELD_COUNT } from '../journal/write-encoding';
import type { AnalysisJournal, AnalysisProfile } from './types';
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
  /** The ORE's codes and the codes of the same classic fiche (its ROME 4.0 fiches, its parent). */
  oreCodes: ReadonlySet<string>;
  /** ROME codes reached from the ORE jobs by mobilities, with the closest kind. */
  oreMobilities: ReadonlyMap<string, MobilityLinkKind>;
  registeredDay: number;
}

// Short lists searched by equality rather than Sets: a type or outcome parsed from the
// stored document is a new string each time, whose hash a Set would compute first.
const APPLICATIONS: readonly string[] = APPLICATION_TYPES;
const ANSWERS: readonly string[] = ['rejected', 'interview', 'offer', 'hired'];
const ACTION_FIELD_COUNT = ACTION_FIELDS.length;

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

interface ViewContext {
  refs: Referentials;
  asOf: string;
  asOfDay: number;
  asOfPeriod: string;
  asOfPeriodIndex: number;
  oreCodes: Set<string>;
  oreMobilities: Map<string, MobilityLinkKind>;
  distanceTo: ((commune: string) => number | null) | null;
}

interface OreTargets {
  codes: Set<string>;
  mobilities: Map<string, MobilityLinkKind>;
}

// The ORE's codes and the codes their mobilities reach, kept by list of codes: seekers
// of one department share a few hundred ORE lists. One cache per set of referentials,
// emptied past MAX_CACHED_ORES; the sets are only read (nothing outside this module
// sees them).
const MAX_CACHED_ORES = 50_000;
const oreCaches = new WeakMap<Referentials, Map<string, OreTargets>>();

function oreTargets(refs: Referentials, oreRome: readonly string[]): OreTargets {
  let cache = oreCaches.get(refs);
  if (cache === undefined || cache.size > MAX_CACHED_ORES) {
    cache = new Map();
    oreCaches.set(refs, cache);
  }
  // JSON names any list of strings unambiguously (codes from a test may hold commas).
  const key = JSON.stringify(oreRome);
  let targets = cache.get(key);
  if (targets === undefined) {
    // A ROME 4.0 fiche details one job of its classic parent: an ORE written in either
    // version holds the applications written in the other.
    const codes = new Set(oreRome);
    for (const code of oreRome) for (const same of refs.sameClassicFiche(code)) codes.add(same);
    const mobilities = new Map<string, MobilityLinkKind>();
    for (const code of oreRome) {
      for (const m of refs.mobilitiesFrom(code)) {
        if (codes.has(m.to)) continue;
        if (mobilities.get(m.to) !== 'proche') mobilities.set(m.to, m.kind);
      }
    }
    targets = { codes, mobilities };
    cache.set(key, targets);
  }
  return targets;
}

function viewContext(journal: AnalysisProfile, refs: Referentials, asOf: string): ViewContext {
  const asOfPeriod = asOf.slice(0, 7);
  const { codes: oreCodes, mobilities: oreMobilities } = oreTargets(refs, journal.ore.rome);
  return {
    refs,
    asOf,
    asOfDay: dayNumber(asOf),
    asOfPeriod,
    asOfPeriodIndex: periodIndex(asOfPeriod),
    oreCodes,
    oreMobilities,
    distanceTo: journal.home_commune === null ? null : distancesFrom(refs, journal.home_commune),
  };
}

/** One action of a month, classified: the journal's fields, then what the engine derives. */
function viewAction(
  ctx: ViewContext,
  period: string,
  monthIndex: number,
  day: number,
  id: string,
  date: string,
  type: JournalAction['type'],
  rome: string | null,
  employer: string | null,
  commune: string | null,
  channel: JournalAction['channel'],
  outcome: JournalAction['outcome'],
  note: string | null,
): ViewAction {
  const fiche = rome === null ? undefined : ctx.refs.rome(rome);
  const fit: TargetFit | null =
    rome === null
      ? null
      : ctx.oreCodes.has(rome)
        ? 'ore'
        : ctx.oreMobilities.has(rome)
          ? 'mobility'
          : 'outside';
  // Spelled out rather than spread: every view action has the same shape, which
  // keeps the detectors' property reads fast.
  return {
    id,
    date,
    type,
    rome,
    employer,
    commune,
    channel,
    outcome,
    note,
    period,
    periodIndex: monthIndex,
    day,
    isApplication: APPLICATIONS.includes(type),
    answered: ANSWERS.includes(outcome),
    domain: fiche?.domainCode ?? (rome ? rome.slice(0, 3) : null),
    family: fiche?.familyCode ?? (rome ? rome.slice(0, 1) : null),
    fit,
    distanceKm: ctx.distanceTo === null || commune === null ? null : ctx.distanceTo(commune),
  };
}

const byDayThenId = (a: ViewAction, b: ViewAction) =>
  a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function isSorted(actions: readonly ViewAction[]): boolean {
  for (let i = 1; i < actions.length; i++) {
    // Not `> 0`: a NaN (a date no calendar has) leaves the order to the sort.
    if (!(byDayThenId(actions[i - 1]!, actions[i]!) <= 0)) return false;
  }
  return true;
}

const byPeriod = (a: JournalMonth, b: JournalMonth) =>
  a.period < b.period ? -1 : a.period > b.period ? 1 : 0;

/**
 * The view from the months up to the reference month, by period, and their actions up
 * to the day, in the months' order.
 */
function finishView(
  journal: AnalysisProfile,
  ctx: ViewContext,
  months: JournalMonth[],
  actions: ViewAction[],
): JournalView {
  // Results must not depend on the order of actions in the file. Stored journals are
  // already in this order (canonical.ts) but for an action dated outside its month:
  // the sort (stable) would leave sorted actions as they are, so it is skipped.
  if (!isSorted(actions)) actions.sort(byDayThenId);
  const monthByPeriod = new Map<string, JournalMonth>();
  for (const m of months) monthByPeriod.set(m.period, m);
  const actionsByPeriod = new Map<string, ViewAction[]>();
  const applications: ViewAction[] = [];
  // Sorted by day, a month's actions mostly follow each other: the last group serves.
  let period: string | null = null;
  let group: ViewAction[] = [];
  for (const a of actions) {
    if (a.period !== period) {
      period = a.period;
      const known = actionsByPeriod.get(period);
      if (known) group = known;
      else actionsByPeriod.set(period, (group = []));
    }
    group.push(a);
    if (a.isApplication) applications.push(a);
  }
  return {
    asOf: ctx.asOf,
    asOfDay: ctx.asOfDay,
    asOfPeriod: ctx.asOfPeriod,
    asOfPeriodIndex: ctx.asOfPeriodIndex,
    months,
    monthByPeriod,
    actions,
    actionsByPeriod,
    applications,
    oreCodes: ctx.oreCodes,
    oreMobilities: ctx.oreMobilities,
    registeredDay: dayNumber(journal.registered_on),
  };
}

export function buildJournalView(
  journal: AnalysisJournal,
  refs: Referentials,
  asOf: string,
): JournalView {
  const ctx = viewContext(journal, refs, asOf);
  const { asOfDay, asOfPeriodIndex } = ctx;
  const months = journal.months
    .filter((m) => periodIndex(m.period) <= asOfPeriodIndex)
    .sort(byPeriod);
  const actions: ViewAction[] = [];
  for (const month of months) {
    const monthIndex = periodIndex(month.period);
    for (const a of month.actions) {
      const day = dayNumber(a.date);
      if (day > asOfDay) continue;
      actions.push(
        viewAction(
          ctx,
          month.period,
          monthIndex,
          day,
          a.id,
          a.date,
          a.type,
          a.rome,
          a.employer,
          a.commune,
          a.channel,
          a.outcome,
          a.note,
        ),
      );
    }
  }
  return finishView(journal, ctx, months, actions);
}

/**
 * The same view as buildJournalView, straight from the months' stored flat encoding
 * (shared/journal/write-encoding.ts), which is how the analysis of a whole department
 * reads journals: each action becomes its view action at once, instead of a journal
 * action first and a copy of it in the view. The months' `actions` are these view
 * actions (with every field of a journal action), all of them, as decodeMonths would
 * give them; months after the reference month are skipped unread.
 */
export function buildJournalViewFromFlat(
  journal: AnalysisProfile,
  flat: FlatMonths,
  refs: Referentials,
  asOf: string,
): JournalView {
  const ctx = viewContext(journal, refs, asOf);
  const { asOfDay, asOfPeriodIndex } = ctx;
  const months: JournalMonth[] = [];
  let actions: ViewAction[] = [];
  // Months are stored by period (canonical order); should they not be, the actions are
  // gathered again below in the months' order, as buildJournalView takes them.
  let inOrder = true;
  let i = 0;
  while (i < flat.length) {
    const period = flat[i] as string;
    const count = flat[i + 5] as number;
    const monthIndex = periodIndex(period);
    if (monthIndex > asOfPeriodIndex) {
      i += MONTH_FIELD_COUNT + count * ACTION_FIELD_COUNT;
      continue;
    }
    const monthActions: ViewAction[] = [];
    if (months.length > 0 && months[months.length - 1]!.period > period) inOrder = false;
    months.push({
      period,
      submitted_at: flat[i + 1] as string | null,
      entered_by: flat[i + 2] as JournalMonth['entered_by'],
      mood: flat[i + 3] as number | null,
      comment: flat[i + 4] as string | null,
      actions: monthActions,
    });
    i += MONTH_FIELD_COUNT;
    for (let n = 0; n < count; n++, i += ACTION_FIELD_COUNT) {
      // Flat order: date, id, type, rome, employer, commune, channel, outcome, note.
      const date = flat[i] as string;
      const day = dayNumber(date);
      const a = viewAction(
        ctx,
        period,
        monthIndex,
        day,
        flat[i + 1] as string,
        date,
        flat[i + 2] as JournalAction['type'],
        flat[i + 3] as string | null,
        flat[i + 4] as string | null,
        flat[i + 5] as string | null,
        flat[i + 6] as JournalAction['channel'],
        flat[i + 7] as JournalAction['outcome'],
        flat[i + 8] as string | null,
      );
      monthActions.push(a);
      if (day <= asOfDay) actions.push(a);
    }
  }
  if (!inOrder) {
    months.sort(byPeriod);
    actions = [];
    for (const m of months) {
      for (const a of m.actions as ViewAction[]) if (a.day <= asOfDay) actions.push(a);
    }
  }
  return finishView(journal, ctx, months, actions);
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
