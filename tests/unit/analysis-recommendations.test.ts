import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadReferentials } from '../../server/reference/load-reference';
import type { JournalAction, JournalMonth, Outcome } from '../../shared/journal/contract';
import { buildJournalView } from '../../shared/analysis/journal-view';
import {
  RECOMMENDATION_CATALOGUE,
  evidenceFingerprint,
  parseCatalogue,
  rankRecommendations,
} from '../../shared/analysis/recommendations';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import type { AnalysisSettings } from '../../shared/analysis/settings';
import { RECOMMENDATION_IDS, SIGNAL_IDS } from '../../shared/analysis/types';
import type {
  AnalysisJournal,
  Dismissal,
  Evidence,
  Recommendation,
  Signal,
  SignalId,
} from '../../shared/analysis/types';

const refs = loadReferentials();
const AS_OF = '2025-06-30';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Application = [id: string, date: string, rome: string, outcome: Outcome];

function journal(ore: string[], applications: Application[]): AnalysisJournal {
  const months = new Map<string, JournalMonth>();
  for (const [id, date, rome, outcome] of applications) {
    const period = date.slice(0, 7);
    const month = months.get(period) ?? {
      period,
      submitted_at: `${period}-28T10:00:00Z`,
      entered_by: 'seeker',
      mood: 3,
      comment: null,
      actions: [],
    };
    const action: JournalAction = {
      id,
      date,
      type: 'application_offer',
      rome,
      employer: null,
      commune: null,
      channel: 'online',
      outcome,
      note: null,
    };
    month.actions.push(action);
    months.set(period, month);
  }
  return {
    registered_on: '2024-09-02',
    category: 'A',
    modality: 'guide',
    digital_access: true,
    benefit_end: null,
    home_commune: null,
    ore: { rome: ore, max_distance_km: 30, min_monthly_salary: null, contracts: ['CDI'] },
    months: [...months.values()],
  };
}

function evidence(key: string, periods: string[] = [], actionIds: string[] = []): Evidence {
  return { key, params: {}, periods, actionIds };
}

function signal(id: SignalId, severity: number, ev: Evidence[] = [evidence(`${id}.main`)]): Signal {
  return { id, severity, evidence: ev };
}

function rank(
  signals: Signal[],
  options: {
    j?: AnalysisJournal;
    asOf?: string;
    settings?: AnalysisSettings;
    dismissals?: Dismissal[];
  } = {},
): Recommendation[] {
  const j = options.j ?? journal(['M1607'], []);
  return rankRecommendations({
    signals,
    view: buildJournalView(j, refs, options.asOf ?? AS_OF),
    oreRome: j.ore.rome,
    refs,
    settings: options.settings ?? DEFAULT_SETTINGS,
    dismissals: options.dismissals ?? [],
  });
}

const find = (recs: Recommendation[], id: string) => recs.find((r) => r.id === id);

// Four months applying to the single ORE job, never an interview.
const narrowApplications: Application[] = ['03', '04', '05', '06'].flatMap((m, i) => [
  [`n${i}a`, `2025-${m}-05`, 'M1607', 'no_response'],
  [`n${i}b`, `2025-${m}-12`, 'M1607', 'rejected'],
  [`n${i}c`, `2025-${m}-19`, 'M1607', 'pending'],
]);

describe('recommendation catalogue', () => {
  it('has every recommendation id once, with triggers on known signals', () => {
    expect(RECOMMENDATION_CATALOGUE.map((e) => e.id).sort()).toEqual(
      [...RECOMMENDATION_IDS].sort(),
    );
    for (const entry of RECOMMENDATION_CATALOGUE) {
      expect(entry.label.fr.length).toBeGreaterThan(0);
      expect(entry.description.en.length).toBeGreaterThan(0);
      for (const t of entry.triggers) {
        expect(SIGNAL_IDS).toContain(t.signal);
        expect(t.weight).toBeGreaterThanOrEqual(0);
        expect(t.weight).toBeLessThanOrEqual(1);
      }
    }
    expect(Object.isFrozen(RECOMMENDATION_CATALOGUE)).toBe(true);
  });

  it('says in French that broadening is advice, never an obligation', () => {
    const broaden = RECOMMENDATION_CATALOGUE.find((e) => e.id === 'broaden_search');
    expect(broaden?.label.fr).toBe('Élargir la recherche à des métiers proches');
    expect(broaden?.description.fr).toMatch(/jamais une obligation/);
  });

  it('maps each signal to the services the brief expects', () => {
    const weight = (id: string, s: SignalId) =>
      RECOMMENDATION_CATALOGUE.find((e) => e.id === id)?.triggers.find((t) => t.signal === s)
        ?.weight ?? 0;
    expect(weight('contact_soon', 'inactivity')).toBeGreaterThanOrEqual(0.8);
    expect(weight('broaden_search', 'narrow_search')).toBeGreaterThanOrEqual(0.8);
    expect(weight('focus_search', 'scattered_search')).toBeGreaterThanOrEqual(0.8);
    expect(weight('cv_workshop', 'low_response_rate')).toBeGreaterThanOrEqual(0.8);
    expect(weight('interview_workshop', 'interviews_without_offer')).toBeGreaterThanOrEqual(0.8);
    expect(weight('post_hire_followup', 'recent_success')).toBeGreaterThanOrEqual(0.8);
    expect(weight('digital_support', 'missing_declarations')).toBeGreaterThan(0);
    expect(weight('mobility_aid', 'off_target_geography')).toBeGreaterThan(0);
  });

  const copy = () =>
    structuredClone(RECOMMENDATION_CATALOGUE) as unknown as Record<string, unknown>[];

  it('accepts an edited copy of itself', () => {
    const edited = copy();
    edited[0]!.label = { fr: 'Appeler cette semaine', en: 'Call this week' };
    expect(parseCatalogue(edited)[0]?.label.fr).toBe('Appeler cette semaine');
  });

  it('rejects an unknown id, a duplicate id, a missing id, an unknown signal or a bad weight', () => {
    const unknownId = copy();
    unknownId[0]!.id = 'call_the_police';
    expect(() => parseCatalogue(unknownId)).toThrow();

    const duplicate = copy();
    duplicate[1]!.id = duplicate[0]!.id;
    expect(() => parseCatalogue(duplicate)).toThrow(/twice/);

    expect(() => parseCatalogue(copy().slice(1))).toThrow(/missing/);

    const unknownSignal = copy();
    unknownSignal[0]!.triggers = [{ signal: 'age', weight: 0.5 }];
    expect(() => parseCatalogue(unknownSignal)).toThrow();

    const heavy = copy();
    heavy[0]!.triggers = [{ signal: 'inactivity', weight: 1.5 }];
    expect(() => parseCatalogue(heavy)).toThrow();

    const twiceTheSignal = copy();
    twiceTheSignal[0]!.triggers = [
      { signal: 'inactivity', weight: 0.5 },
      { signal: 'inactivity', weight: 0.4 },
    ];
    expect(() => parseCatalogue(twiceTheSignal)).toThrow(/twice/);

    expect(() => parseCatalogue({})).toThrow();
  });
});

describe('rankRecommendations', () => {
  it('proposes nothing without a signal', () => {
    expect(rank([])).toEqual([]);
    expect(rank([], { j: journal(['M1607'], narrowApplications) })).toEqual([]);
  });

  it('answers a narrow search with broadening first, naming the ROME mobilities of the target', () => {
    const j = journal(['M1607'], narrowApplications);
    const narrow = signal('narrow_search', 0.8, [
      evidence(
        'narrow_search.single_code',
        ['2025-03', '2025-04', '2025-05', '2025-06'],
        narrowApplications.map(([id]) => id),
      ),
    ]);
    const recs = rank([narrow], { j });
    const broaden = recs[0]!;
    expect(broaden.id).toBe('broaden_search');
    expect(broaden.rank).toBe(1);
    expect(broaden.score).toBe(0.72);
    expect(broaden.reasons).toEqual([
      { signal: 'narrow_search', severity: 0.8, evidence: narrow.evidence },
    ]);

    const mobilities = refs.mobilitiesFrom('M1607');
    const expected = mobilities.slice(0, DEFAULT_SETTINGS.recommendations.maxSuggestedRome);
    // The referential lists proche links first, then by code: the same order as ours for one target.
    expect(broaden.suggestedRome).toEqual(
      expected.map((m) => ({
        code: m.to,
        label: refs.rome(m.to)?.label,
        kind: m.kind,
        from: ['M1607'],
      })),
    );
    expect(broaden.suggestedRome?.[0]).toMatchObject({ code: 'D1401', kind: 'proche' });
    // Close jobs come with it, below.
    expect(find(recs, 'immersion')?.rank).toBeGreaterThan(1);
    expect(find(recs, 'training')?.rank).toBeGreaterThan(1);
  });

  it('never suggests a job already in the ORE or already applied to, and ranks proche first', () => {
    const applications: Application[] = [
      ...narrowApplications,
      ['d1', '2025-06-20', 'D1401', 'no_response'],
    ];
    const j = journal(['M1607'], applications);
    const settings = {
      ...DEFAULT_SETTINGS,
      recommendations: { ...DEFAULT_SETTINGS.recommendations, maxSuggestedRome: 100 },
    };
    const all = find(rank([signal('narrow_search', 1)], { j, settings }), 'broaden_search')!;
    const suggested = all.suggestedRome!;
    const tried = new Set(['M1607', 'D1401']);

    const reachable = new Map<string, { kinds: Set<string>; from: string[] }>();
    for (const target of ['D1401', 'M1607']) {
      for (const m of refs.mobilitiesFrom(target)) {
        if (tried.has(m.to)) continue;
        const r = reachable.get(m.to) ?? { kinds: new Set(), from: [] };
        r.kinds.add(m.kind);
        r.from.push(target);
        reachable.set(m.to, r);
      }
    }
    expect(suggested.map((s) => s.code).sort()).toEqual([...reachable.keys()].sort());
    for (const s of suggested) {
      expect(tried.has(s.code)).toBe(false);
      const r = reachable.get(s.code)!;
      expect(s.kind).toBe(r.kinds.has('proche') ? 'proche' : 'evolution');
      expect(s.from).toEqual(r.from);
      expect(s.label).toBe(refs.rome(s.code)?.label);
    }
    const kinds = suggested.map((s) => s.kind);
    expect(kinds.lastIndexOf('proche')).toBeLessThan(kinds.indexOf('evolution'));

    // M1605 is proche from D1401 and evolution from M1607: two targets lead to it.
    const top = find(rank([signal('narrow_search', 1)], { j }), 'broaden_search')!;
    expect(top.suggestedRome?.map((s) => s.code)).toEqual([
      'M1605',
      'C1201',
      'D1213',
      'D1402',
      'D1404',
    ]);
    expect(top.suggestedRome?.[0]).toMatchObject({ kind: 'proche', from: ['D1401', 'M1607'] });
  });

  it('answers a narrow search on a ROME 4.0 code with its ROME 4.0 mobilities, then its parent’s', () => {
    // A1206 « Concepteur / Conceptrice paysagiste », a ROME 4.0 fiche under F1101.
    const applications: Application[] = narrowApplications.map(([id, date, , outcome]) => [
      id,
      date.replace('2025', '2026'),
      'A1206',
      outcome,
    ]);
    const j = journal(['A1206'], applications);
    const settings = {
      ...DEFAULT_SETTINGS,
      recommendations: { ...DEFAULT_SETTINGS.recommendations, maxSuggestedRome: 12 },
    };
    const broaden = find(
      rank([signal('narrow_search', 1)], { j, settings, asOf: '2026-06-30' }),
      'broaden_search',
    )!;
    // The ten ranked links of v460, by rank, then the first typed ones of F1101.
    expect(broaden.suggestedRome?.map((s) => `${s.kind}:${s.code}`)).toEqual([
      'rome4:F1104',
      'rome4:K2401',
      'rome4:F1205',
      'rome4:M1102',
      'rome4:M1302',
      'rome4:I1101',
      'rome4:K1802',
      'rome4:C1503',
      'rome4:G1403',
      'rome4:M1402',
      ...refs
        .mobilitiesFrom('F1101')
        .slice(0, 2)
        .map((m) => `${m.kind}:${m.to}`),
    ]);
    expect(broaden.suggestedRome?.[0]).toEqual({
      code: 'F1104',
      label: refs.rome('F1104')?.label,
      kind: 'rome4',
      from: ['A1206'],
    });
    expect(broaden.suggestedRome?.every((s) => s.from.join() === 'A1206')).toBe(true);
  });

  it('ranks ROME 4.0 links before typed ones when a classic and a ROME 4.0 target meet', () => {
    const j = journal(['M1607'], [['r1', '2026-05-05', 'A1206', 'no_response']]);
    const settings = {
      ...DEFAULT_SETTINGS,
      recommendations: { ...DEFAULT_SETTINGS.recommendations, maxSuggestedRome: 100 },
    };
    const suggested = find(
      rank([signal('narrow_search', 1)], { j, settings, asOf: '2026-06-30' }),
      'broaden_search',
    )!.suggestedRome!;
    const kinds = suggested.map((s) => s.kind);
    expect(kinds.lastIndexOf('rome4')).toBeLessThan(kinds.indexOf('proche'));
    expect(kinds.lastIndexOf('proche')).toBeLessThan(kinds.indexOf('evolution'));
    expect(kinds.filter((k) => k === 'rome4')).toHaveLength(10);
    // M1607's proche D1401 is still there, from the classic target.
    expect(suggested.find((s) => s.code === 'D1401')).toMatchObject({
      kind: 'proche',
      from: ['M1607'],
    });
  });

  it('answers a scattered search with focusing on the ORE job that got interviews', () => {
    const applications: Application[] = [
      ['s1', '2025-02-03', 'G1603', 'rejected'],
      ['s2', '2025-02-10', 'N1103', 'no_response'],
      ['s3', '2025-03-03', 'D1401', 'no_response'],
      ['s4', '2025-03-17', 'H2909', 'no_response'],
      ['s5', '2025-04-07', 'M1607', 'pending'],
      ['s6', '2025-04-14', 'A1101', 'no_response'],
      ['s7', '2025-05-05', 'K2204', 'interview'],
      ['s8', '2025-05-19', 'K2204', 'interview'],
      ['s9', '2025-06-02', 'K2202', 'no_response'],
      ['s10', '2025-06-09', 'G1603', 'no_response'],
    ];
    const j = journal(['K2204'], applications);
    const recs = rank([signal('scattered_search', 0.9)], { j });
    const focus = find(recs, 'focus_search')!;
    expect(focus.rank).toBe(1);
    expect(focus.score).toBe(0.81);
    // K2204: ORE 2 + 2 answers + 2 interviews × 2; K2202: reached from the ORE;
    // G1603: one refusal is an answer all the same.
    expect(focus.focusTargets).toEqual([
      { code: 'K2204', label: refs.rome('K2204')?.label },
      { code: 'G1603', label: refs.rome('G1603')?.label },
      { code: 'K2202', label: refs.rome('K2202')?.label },
    ]);
    expect(focus.suggestedRome).toBeUndefined();
    expect(find(recs, 'diagnostic_interview')).toBeDefined();
  });

  it('lets several reasons reinforce one another (noisy-OR), never beyond 1', () => {
    const one = find(rank([signal('inactivity', 1)]), 'contact_soon')!;
    const two = find(rank([signal('inactivity', 1), signal('discouragement', 1)]), 'contact_soon')!;
    expect(one.score).toBe(0.9);
    expect(two.score).toBe(0.97);
    expect(two.reasons.map((r) => r.signal)).toEqual(['inactivity', 'discouragement']);
    const all = rank(SIGNAL_IDS.map((id) => signal(id, 1)));
    for (const r of all) expect(r.score).toBeLessThanOrEqual(1);
  });

  it('halves the urgency of contact and intensive support after a recent success', () => {
    const without = rank([signal('inactivity', 1)]);
    const withSuccess = rank([signal('inactivity', 1), signal('recent_success', 1)]);
    expect(find(without, 'contact_soon')?.score).toBe(0.9);
    expect(find(withSuccess, 'contact_soon')?.score).toBe(0.45);
    expect(find(without, 'intensive_support')?.score).toBe(0.6);
    expect(find(withSuccess, 'intensive_support')?.score).toBe(0.3);
    expect(find(withSuccess, 'diagnostic_interview')?.score).toBe(0.5);
    expect(find(withSuccess, 'post_hire_followup')?.rank).toBe(1);
  });

  it('drops recommendations below the minimum score', () => {
    // contact_soon: 0.5 × 0.2 = 0.1 < 0.15.
    expect(rank([signal('declining_activity', 0.2)])).toEqual([]);
    const lenient = {
      ...DEFAULT_SETTINGS,
      recommendations: { ...DEFAULT_SETTINGS.recommendations, minScore: 0.05 },
    };
    expect(rank([signal('declining_activity', 0.2)], { settings: lenient })).toMatchObject([
      { id: 'contact_soon', rank: 1, score: 0.1 },
    ]);
  });

  describe('dismissals', () => {
    const inactivity = (severity: number, lastAction = 'a41') =>
      signal('inactivity', severity, [evidence('inactivity.days', ['2025-04'], [lastAction])]);
    const first = rank([inactivity(0.8)]);
    const contact = find(first, 'contact_soon')!;
    const dismissal = (daysAgo: number, fingerprint = evidenceFingerprint(contact.reasons)) => ({
      id: 'contact_soon' as const,
      dismissedOn: addDays(AS_OF, -daysAgo),
      evidenceFingerprint: fingerprint,
    });

    it('hides a recommendation dismissed recently with the same evidence, and re-ranks the rest', () => {
      const recs = rank([inactivity(0.8)], { dismissals: [dismissal(10)] });
      expect(find(recs, 'contact_soon')).toBeUndefined();
      expect(recs.map((r) => r.rank)).toEqual(recs.map((_, i) => i + 1));
      expect(recs.map((r) => r.id)).toEqual(
        first.filter((r) => r.id !== 'contact_soon').map((r) => r.id),
      );
      // A severity that grows with the days is not new evidence.
      expect(
        find(rank([inactivity(1)], { dismissals: [dismissal(10)] }), 'contact_soon'),
      ).toBeUndefined();
      expect(
        find(rank([inactivity(0.8)], { dismissals: [dismissal(59)] }), 'contact_soon'),
      ).toBeUndefined();
    });

    it('proposes it again when the evidence changed', () => {
      const recs = rank([inactivity(0.8, 'a57')], { dismissals: [dismissal(10)] });
      expect(find(recs, 'contact_soon')).toBeDefined();
      const reinforced = rank([inactivity(0.8), signal('discouragement', 0.5)], {
        dismissals: [dismissal(10)],
      });
      expect(find(reinforced, 'contact_soon')).toBeDefined();
    });

    it('proposes it again after the dismissal period, or for a dismissal made after the reference date', () => {
      expect(
        find(rank([inactivity(0.8)], { dismissals: [dismissal(60)] }), 'contact_soon'),
      ).toBeDefined();
      expect(
        find(rank([inactivity(0.8)], { dismissals: [dismissal(-1)] }), 'contact_soon'),
      ).toBeDefined();
    });

    it('only hides the dismissed id', () => {
      const other: Dismissal = { ...dismissal(10), id: 'intensive_support' };
      expect(find(rank([inactivity(0.8)], { dismissals: [other] }), 'contact_soon')).toBeDefined();
    });
  });
});

describe('evidenceFingerprint', () => {
  const a = {
    signal: 'inactivity' as const,
    severity: 0.5,
    evidence: [evidence('k1', ['2025-01'], ['x', 'y'])],
  };
  const b = {
    signal: 'discouragement' as const,
    severity: 0.4,
    evidence: [evidence('k2', [], ['z'])],
  };

  it('depends on the facts, not on their order, severities or message parameters', () => {
    const fp = evidenceFingerprint([a, b]);
    expect(evidenceFingerprint([b, a])).toBe(fp);
    expect(evidenceFingerprint([{ ...a, severity: 0.9 }, b])).toBe(fp);
    expect(
      evidenceFingerprint([
        { ...a, evidence: [{ ...evidence('k1', ['2025-01'], ['y', 'x']), params: { days: 80 } }] },
        b,
      ]),
    ).toBe(fp);
    expect(evidenceFingerprint([a])).not.toBe(fp);
    expect(
      evidenceFingerprint([{ ...a, evidence: [evidence('k1', ['2025-02'], ['x', 'y'])] }, b]),
    ).not.toBe(fp);
    expect(
      evidenceFingerprint([{ ...a, evidence: [evidence('k1', ['2025-01'], ['x'])] }, b]),
    ).not.toBe(fp);
    expect(
      evidenceFingerprint([{ ...a, evidence: [evidence('k3', ['2025-01'], ['x', 'y'])] }, b]),
    ).not.toBe(fp);
  });
});

describe('ranking properties', () => {
  const j = journal(['M1607'], [...narrowApplications, ['p1', '2025-06-20', 'D1401', 'interview']]);
  const view = buildJournalView(j, refs, AS_OF);
  const signalsArb = fc
    .uniqueArray(
      fc.record({
        id: fc.constantFrom(...SIGNAL_IDS),
        severity: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
        evidence: fc.array(
          fc.record({
            key: fc.constantFrom('e.one', 'e.two'),
            params: fc.constant({}),
            periods: fc.array(fc.constantFrom('2025-05', '2025-06'), { maxLength: 2 }),
            actionIds: fc.array(fc.constantFrom('n0a', 'n1b', 'p1'), { maxLength: 3 }),
          }),
          { maxLength: 2 },
        ),
      }),
      { selector: (s) => s.id },
    )
    .map((signals) => signals as Signal[]);

  const run = (signals: Signal[]) =>
    rankRecommendations({ signals, view, oreRome: j.ore.rome, refs, settings: DEFAULT_SETTINGS });

  it('is deterministic, independent of the order of signals, with ranks 1..n and non-increasing scores', () => {
    fc.assert(
      fc.property(signalsArb, (signals) => {
        const recs = run(signals);
        expect(run(structuredClone(signals))).toEqual(recs);
        expect(run([...signals].reverse())).toEqual(recs);
        expect(recs.map((r) => r.rank)).toEqual(recs.map((_, i) => i + 1));
        expect(new Set(recs.map((r) => r.id)).size).toBe(recs.length);
        for (let i = 0; i < recs.length; i++) {
          const r = recs[i]!;
          expect(r.score).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.recommendations.minScore);
          expect(r.score).toBeLessThanOrEqual(1);
          expect(r.reasons.length).toBeGreaterThan(0);
          if (i > 0) expect(r.score).toBeLessThanOrEqual(recs[i - 1]!.score);
        }
      }),
      { numRuns: 200 },
    );
  });
});
