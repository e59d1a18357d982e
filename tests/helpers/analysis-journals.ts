// Small builders for the analysis engine's input (AnalysisJournal): a test states only
// what its signal is about, the rest is an ordinary, valid journal.
import type { JournalAction, JournalMonth, SeekerJournal } from '../../shared/journal/contract';
import type { AnalysisJournal } from '../../shared/analysis/types';

export const LYON = '69123';
export const VILLEURBANNE = '69266';
export const PARIS = '75056';
export const ORE_CODE = 'M1607';

const DAY_MS = 86_400_000;

/** `date` moved by `days` (negative: earlier), as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  return new Date(t + days * DAY_MS).toISOString().slice(0, 10);
}

/** `count` periods (YYYY-MM) starting with `first`, oldest first. */
export function periods(first: string, count: number): string[] {
  const start = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const index = start + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** One action: an application to the ORE job in Lyon, unanswered, unless told otherwise. */
export function act(id: string, date: string, extra: Partial<JournalAction> = {}): JournalAction {
  return {
    id,
    date,
    type: 'application_offer',
    rome: ORE_CODE,
    employer: `Employeur ${id}`,
    commune: LYON,
    channel: 'online',
    outcome: 'no_response',
    note: null,
    ...extra,
  };
}

/** Actions on the given dates, ids `${prefix}-1`, `${prefix}-2`… */
export function actsOn(
  prefix: string,
  dates: readonly string[],
  extra: Partial<JournalAction> = {},
): JournalAction[] {
  return dates.map((date, i) => act(`${prefix}-${i + 1}`, date, extra));
}

export function month(
  period: string,
  actions: JournalAction[] = [],
  extra: Partial<JournalMonth> = {},
): JournalMonth {
  return {
    period,
    submitted_at: `${period}-28T18:00:00Z`,
    entered_by: 'seeker',
    mood: 3,
    comment: null,
    actions,
    ...extra,
  };
}

export interface MonthSpec {
  /** Action fields shared by the month's actions. */
  action?: Partial<JournalAction>;
  /** Days of the month, used in turn (default: 2, 5, 8… up to 26). */
  days?: readonly number[];
  /** Id prefix (default: the period, then the type). */
  prefix?: string;
  month?: Partial<JournalMonth>;
}

/** A declared month with `n` actions of one kind, dated inside the month. */
export function monthWith(period: string, n: number, spec: MonthSpec = {}): JournalMonth {
  const days = spec.days ?? [2, 5, 8, 11, 14, 17, 20, 23, 26];
  const type = spec.action?.type ?? 'application_offer';
  const prefix = spec.prefix ?? `${period}-${type}`;
  const dates = Array.from({ length: n }, (_, i) => {
    const day = days[i % days.length] ?? 1;
    return `${period}-${String(day).padStart(2, '0')}`;
  });
  return month(period, actsOn(prefix, dates, spec.action), spec.month);
}

/** The same month spec for several consecutive periods. */
export function monthsWith(
  first: string,
  count: number,
  n: number,
  spec: MonthSpec = {},
): JournalMonth[] {
  return periods(first, count).map((p) => monthWith(p, n, spec));
}

/** Several lists of months merged into one journal's months (a period given twice merges its actions). */
export function mergeMonths(...lists: JournalMonth[][]): JournalMonth[] {
  const byPeriod = new Map<string, JournalMonth>();
  for (const m of lists.flat()) {
    const known = byPeriod.get(m.period);
    byPeriod.set(m.period, known ? { ...known, actions: [...known.actions, ...m.actions] } : m);
  }
  return [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
}

/** Throws when the journal breaks the contract rules the builders could break. */
export function checkJournal(j: AnalysisJournal): AnalysisJournal {
  const ids = new Set<string>();
  const seen = new Set<string>();
  for (const m of j.months) {
    if (seen.has(m.period)) throw new Error(`period ${m.period} twice`);
    seen.add(m.period);
    for (const a of m.actions) {
      if (ids.has(a.id)) throw new Error(`action id ${a.id} twice`);
      ids.add(a.id);
      if (a.date.slice(0, 7) !== m.period) throw new Error(`${a.date} outside ${m.period}`);
    }
  }
  return j;
}

export function journal(extra: Partial<AnalysisJournal> = {}): AnalysisJournal {
  return checkJournal({
    registered_on: '2025-01-10',
    category: 'A',
    modality: 'guide',
    digital_access: true,
    benefit_end: null,
    home_commune: LYON,
    ore: { rome: [ORE_CODE], max_distance_km: 30, min_monthly_salary: null, contracts: ['CDI'] },
    months: [],
    ...extra,
  });
}

/** A whole contract record (with the personal fields the analysis must never see). */
export function seekerJournal(extra: Partial<SeekerJournal> = {}): SeekerJournal {
  const base = journal();
  return {
    seeker_id: 'S-0001',
    first_name: 'Camille',
    last_name: 'Martin',
    birth_year: 1988,
    commune: base.home_commune,
    registered_on: base.registered_on,
    category: base.category,
    category_history: [],
    modality: base.modality,
    counsellor_id: 'CNS-01',
    digital_access: base.digital_access,
    benefit_end: base.benefit_end,
    ore: base.ore,
    months: [],
    ...extra,
  };
}
