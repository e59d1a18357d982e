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
  /** Months up to the reference month, by period. */
  months: JournalMonth[];
  monthByPeriod: Map<string, JournalMonth>;
  /** Actions dated up to the reference date, by date then id. */
  actions: ViewAction[];
  applications: ViewAction[];
  oreCodes: ReadonlySet<string>;
  /** ROME codes reached from the ORE jobs by mobilities, with the closest kind. */
  oreMobilities: ReadonlyMap<string, 'proche' | 'evolution'>;
  registeredDay: number;
}

const APPLICATIONS = new Set<string>(APPLICATION_TYPES);
const ANSWERS = new Set<string>(['rejected', 'interview', 'offer', 'hired']);

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
  const months = journal.months
    .filter((m) => periodIndex(m.period) <= periodIndex(asOfPeriod))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const actions: ViewAction[] = [];
  // Employers cluster in a few communes: one distance per commune, not per action.
  const distances = new Map<string, number | null>();
  const distanceTo = (commune: string | null): number | null => {
    if (journal.home_commune === null || commune === null) return null;
    let d = distances.get(commune);
    if (d === undefined) {
      d = refs.distanceKm(journal.home_commune, commune) ?? null;
      distances.set(commune, d);
    }
    return d;
  };
  for (const month of months) {
    for (const action of month.actions) {
      const day = dayNumber(action.date);
      if (day > asOfDay) continue;
      const fiche = action.rome === null ? undefined : refs.rome(action.rome);
      const fit: TargetFit | null =
        action.rome === null
          ? null
          : oreCodes.has(action.rome)
            ? 'ore'
            : oreMobilities.has(action.rome)
              ? 'mobility'
              : 'outside';
      // Spelled out rather than spread: every view action has the same shape, which
      // keeps the detectors' property reads fast.
      actions.push({
        id: action.id,
        date: action.date,
        type: action.type,
        rome: action.rome,
        employer: action.employer,
        commune: action.commune,
        channel: action.channel,
        outcome: action.outcome,
        note: action.note,
        period: month.period,
        day,
        isApplication: APPLICATIONS.has(action.type),
        answered: ANSWERS.has(action.outcome),
        domain: fiche?.domainCode ?? (action.rome ? action.rome.slice(0, 3) : null),
        family: fiche?.familyCode ?? (action.rome ? action.rome.slice(0, 1) : null),
        fit,
        distanceKm: distanceTo(action.commune),
      });
    }
  }
  // Results must not depend on the order of actions in the file.
  actions.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    asOf,
    asOfDay,
    asOfPeriod,
    months,
    monthByPeriod: new Map(months.map((m) => [m.period, m])),
    actions,
    applications: actions.filter((a) => a.isApplication),
    oreCodes,
    oreMobilities,
    registeredDay: dayNumber(journal.registered_on),
  };
}

/** Actions whose period is among the `count` months ending with the reference month. */
export function inLastMonths<T extends { period: string }>(
  items: readonly T[],
  view: JournalView,
  count: number,
): T[] {
  const from = periodIndex(view.asOfPeriod) - count + 1;
  return items.filter((a) => periodIndex(a.period) >= from);
}
