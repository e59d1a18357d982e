import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadReferentials } from '../../server/reference/load-reference';
import { ACTION_TYPES, OUTCOMES } from '../../shared/journal/contract';
import type { JournalAction, JournalMonth } from '../../shared/journal/contract';
import { MAX_INDICATOR_MONTHS, monthlyIndicators } from '../../shared/analysis/indicators';
import { buildJournalView } from '../../shared/analysis/journal-view';
import type { AnalysisJournal } from '../../shared/analysis/types';

const refs = loadReferentials();

const LYON = '69123';
const VILLEURBANNE = '69266';
const PARIS = '75056';
const ORE_CODE = 'M1607';
const UNRELATED = 'N1103';
const MOBILITY = refs.mobilitiesFrom(ORE_CODE)[0]?.to ?? 'missing';

function act(id: string, date: string, extra: Partial<JournalAction> = {}): JournalAction {
  return {
    id,
    date,
    type: 'application_offer',
    rome: ORE_CODE,
    employer: 'Cabinet Durand',
    commune: LYON,
    channel: 'online',
    outcome: 'pending',
    note: null,
    ...extra,
  };
}

function month(period: string, actions: JournalAction[], extra: Partial<JournalMonth> = {}) {
  return {
    period,
    submitted_at: null,
    entered_by: 'seeker',
    mood: 3,
    comment: null,
    actions,
    ...extra,
  } satisfies JournalMonth;
}

function journal(months: JournalMonth[], extra: Partial<AnalysisJournal> = {}): AnalysisJournal {
  return {
    registered_on: '2025-01-15',
    category: 'A',
    modality: 'guide',
    digital_access: true,
    benefit_end: null,
    home_commune: LYON,
    ore: { rome: [ORE_CODE], max_distance_km: 30, min_monthly_salary: null, contracts: ['CDI'] },
    months,
    ...extra,
  };
}

function indicators(j: AnalysisJournal, asOf: string) {
  return monthlyIndicators(buildJournalView(j, refs, asOf), j);
}

const zeroByType = {}; // actionsByType lists only the types present
const round1 = (x: number) => Math.round(x * 10) / 10;

// February: five applications (ORE, mobility, unrelated, ORE without commune, no ROME)
// and two other actions; April: two actions before the reference date and one after.
const crafted = journal([
  month(
    '2025-02',
    [
      act('a7', '2025-02-21', { rome: null, commune: PARIS, outcome: 'hired' }),
      act('a3', '2025-02-10', { rome: UNRELATED, commune: PARIS, outcome: 'no_response' }),
      act('a1', '2025-02-03', { outcome: 'rejected' }),
      act('a5', '2025-02-20', {
        type: 'job_interview',
        rome: MOBILITY,
        commune: VILLEURBANNE,
        outcome: 'offer',
      }),
      act('a2', '2025-02-05', {
        type: 'application_spontaneous',
        rome: MOBILITY,
        commune: VILLEURBANNE,
        outcome: 'interview',
      }),
      act('a4', '2025-02-12', { commune: null }),
      act('a6', '2025-02-21', {
        type: 'cv_update',
        rome: null,
        employer: null,
        commune: null,
        channel: null,
        outcome: 'done',
      }),
    ],
    { mood: 4 },
  ),
  month(
    '2025-04',
    [
      act('b1', '2025-04-02'),
      act('b2', '2025-04-10', { type: 'network_contact', rome: null, commune: null }),
      act('b3', '2025-04-25', { rome: UNRELATED, commune: PARIS, outcome: 'hired' }),
    ],
    { entered_by: 'counsellor', mood: 2 },
  ),
  month('2025-05', [act('c1', '2025-05-02')]),
]);

describe('monthlyIndicators', () => {
  it('uses a mobility code of M1607 and an unrelated code, as the fixture assumes', () => {
    expect(MOBILITY).not.toBe('missing');
    const view = buildJournalView(crafted, refs, '2025-04-20');
    expect(view.oreMobilities.has(MOBILITY)).toBe(true);
    expect(view.oreMobilities.has(UNRELATED)).toBe(false);
  });

  it('gives one row per month from registration to the reference month, gaps included', () => {
    const rows = indicators(crafted, '2025-04-20');
    expect(rows.map((r) => [r.period, r.declared])).toEqual([
      ['2025-01', false],
      ['2025-02', true],
      ['2025-03', false],
      ['2025-04', true],
    ]);
  });

  it('computes every field of a declared month', () => {
    const feb = indicators(crafted, '2025-04-20')[1];
    const nearby = refs.distanceKm(LYON, VILLEURBANNE) as number;
    const far = refs.distanceKm(LYON, PARIS) as number;
    expect(far).toBeGreaterThan(300);
    expect(nearby).toBeLessThan(30);
    expect(feb).toEqual({
      period: '2025-02',
      declared: true,
      enteredBy: 'seeker',
      mood: 4,
      actions: 7,
      actionsByType: {
        ...zeroByType,
        application_offer: 4,
        application_spontaneous: 1,
        job_interview: 1,
        cv_update: 1,
      },
      applications: 5,
      // a1 rejected, a2 interview, a7 hired.
      answers: 3,
      rejections: 1,
      // a5 (job_interview) + a2 (application that led to an interview).
      interviews: 2,
      // a5 offer + a7 hired: any action, not only applications.
      offers: 2,
      responseRate: 0.6,
      // Applications with a ROME code: a1, a4 (M1607), a2 (mobility), a3 (unrelated).
      distinctRome: 3,
      distinctDomains: 3,
      distinctFamilies: 3,
      // M16: 2, D14: 1, N11: 1 → 0.5·1 + 2·0.25·2 bits.
      domainEntropy: 1.5,
      shareWithinOre: 0.75,
      applicationsByFamily: { M: 2, [MOBILITY.slice(0, 1)]: 1, N: 1 },
      // Distances of a1 (0), a2 (Villeurbanne), a3 and a7 (Paris); a4 has no commune.
      medianDistanceKm: round1((nearby + far) / 2),
      shareBeyondRadius: 0.5,
    });
  });

  it('counts a ROME 4.0 code in its parent’s domaine and grand domaine', () => {
    // A1206 (ROME 4.0, « Concepteur / Conceptrice paysagiste ») sits under F1101, in F11:
    // not in A12 nor A, as its letters would say.
    const landscaping = journal(
      [
        month('2026-03', [
          act('p1', '2026-03-03', { rome: 'A1206' }),
          act('p2', '2026-03-10', { rome: 'F1101' }),
          act('p3', '2026-03-17', { rome: 'A1101' }),
        ]),
      ],
      { registered_on: '2026-03-01' },
    );
    expect(indicators(landscaping, '2026-03-31')[0]).toMatchObject({
      distinctRome: 3,
      distinctDomains: 2,
      distinctFamilies: 2,
      // F11: 2, A11: 1.
      domainEntropy: 0.918,
      applicationsByFamily: { A: 1, F: 2 },
    });
  });

  it('counts an application to a ROME 4.0 fiche of an ORE job within the ORE, both ways', () => {
    // M1612 « Assistant / Assistante de service juridique » is a ROME 4.0 fiche under M1607.
    const applications = [
      act('j1', '2026-03-03', { rome: 'M1612' }),
      act('j2', '2026-03-10', { rome: 'M1607' }),
      act('j3', '2026-03-17', { rome: UNRELATED }),
    ];
    const classicOre = journal([month('2026-03', applications)], { registered_on: '2026-03-01' });
    expect(indicators(classicOre, '2026-03-31')[0]?.shareWithinOre).toBe(0.667);
    const rome4Ore = journal([month('2026-03', applications)], {
      registered_on: '2026-03-01',
      ore: { ...classicOre.ore, rome: ['M1612'] },
    });
    expect(indicators(rome4Ore, '2026-03-31')[0]?.shareWithinOre).toBe(0.667);
    expect(buildJournalView(rome4Ore, refs, '2026-03-31').applications.map((a) => a.fit)).toEqual([
      'ore',
      'ore',
      'outside',
    ]);
  });

  it('ignores actions after the reference date and months after it', () => {
    const rows = indicators(crafted, '2025-04-20');
    expect(rows.at(-1)).toEqual({
      period: '2025-04',
      declared: true,
      enteredBy: 'counsellor',
      mood: 2,
      actions: 2,
      actionsByType: { ...zeroByType, application_offer: 1, network_contact: 1 },
      applications: 1,
      answers: 0,
      rejections: 0,
      interviews: 0,
      offers: 0,
      responseRate: 0,
      distinctRome: 1,
      distinctDomains: 1,
      distinctFamilies: 1,
      domainEntropy: 0,
      shareWithinOre: 1,
      applicationsByFamily: { M: 1 },
      medianDistanceKm: 0,
      shareBeyondRadius: 0,
    });
    const later = indicators(crafted, '2025-04-30').at(-1);
    expect(later?.actions).toBe(3);
    expect(later?.offers).toBe(1);
  });

  it('shows a month without journal as an empty, undeclared row', () => {
    expect(indicators(crafted, '2025-04-20')[2]).toEqual({
      period: '2025-03',
      declared: false,
      enteredBy: null,
      mood: null,
      actions: 0,
      actionsByType: zeroByType,
      applications: 0,
      answers: 0,
      rejections: 0,
      interviews: 0,
      offers: 0,
      responseRate: null,
      distinctRome: 0,
      distinctDomains: 0,
      distinctFamilies: 0,
      domainEntropy: 0,
      shareWithinOre: null,
      applicationsByFamily: {},
      medianDistanceKm: null,
      shareBeyondRadius: null,
    });
  });

  it('starts at the first declared month when it precedes registration', () => {
    const j = journal([month('2024-11', [])], { registered_on: '2025-01-15' });
    expect(indicators(j, '2025-02-01').map((r) => r.period)).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
  });

  it('goes back no further than the window before the reference month', () => {
    const j = journal([month('2019-06', [act('x', '2019-06-03')])], {
      registered_on: '2019-05-01',
    });
    const rows = indicators(j, '2025-04-20');
    expect(rows).toHaveLength(MAX_INDICATOR_MONTHS);
    expect(rows[0]?.period).toBe('2022-05');
    expect(rows.every((r) => !r.declared)).toBe(true);
  });

  it('rounds shares and entropy to 3 decimals, the median to 1', () => {
    const j = journal([
      month('2025-02', [
        act('p1', '2025-02-01', { rome: ORE_CODE, outcome: 'rejected' }),
        act('p2', '2025-02-02', { rome: UNRELATED, commune: PARIS }),
        act('p3', '2025-02-03', { rome: 'A1414', commune: VILLEURBANNE }),
      ]),
    ]);
    const [, feb] = indicators(j, '2025-02-28');
    expect(feb?.responseRate).toBe(0.333);
    expect(feb?.shareWithinOre).toBe(0.333);
    expect(feb?.shareBeyondRadius).toBe(0.333);
    expect(feb?.domainEntropy).toBe(1.585);
    expect(feb?.medianDistanceKm).toBe(round1(refs.distanceKm(LYON, VILLEURBANNE) as number));
  });

  it('does not depend on the order of months or of actions within a month', () => {
    const periods = ['2025-01', '2025-02', '2025-03', '2025-05'];
    const actionArb = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      type: fc.constantFrom(...ACTION_TYPES),
      rome: fc.constantFrom(null, ORE_CODE, MOBILITY, UNRELATED, 'A1414', 'M1602'),
      commune: fc.constantFrom(null, LYON, VILLEURBANNE, PARIS, '13055'),
      outcome: fc.constantFrom(...OUTCOMES),
    });
    const monthsArb = fc.tuple(
      ...periods.map((p) =>
        fc.record({
          present: fc.boolean(),
          mood: fc.constantFrom(null, 1, 3, 5),
          actions: fc.array(actionArb, { maxLength: 8 }),
          order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
          period: fc.constant(p),
        }),
      ),
    );
    fc.assert(
      fc.property(monthsArb, fc.boolean(), (specs, reverseMonths) => {
        let n = 0;
        const months = specs
          .filter((s) => s.present)
          .map((s) =>
            month(
              s.period,
              s.actions.map((a) =>
                act(`id${n++}`, `${s.period}-${String(a.day).padStart(2, '0')}`, {
                  type: a.type,
                  rome: a.rome,
                  commune: a.commune,
                  outcome: a.outcome,
                }),
              ),
              { mood: s.mood },
            ),
          );
        const shuffled = months.map((m, mi) => {
          const keys = specs.filter((s) => s.present)[mi]?.order ?? [];
          const actions = m.actions
            .map((a, i) => ({ a, key: keys[i] ?? 0, i }))
            .sort((x, y) => x.key - y.key || y.i - x.i)
            .map((x) => x.a);
          return { ...m, actions };
        });
        if (reverseMonths) shuffled.reverse();
        const asOf = '2025-05-15';
        expect(indicators(journal(shuffled), asOf)).toEqual(indicators(journal(months), asOf));
      }),
      { numRuns: 200 },
    );
  });
});
