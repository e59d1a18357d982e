// The eleven signals, one by one: a journal that must fire, a close ordinary one that
// must not, and the default threshold itself (at the threshold fires, just below does
// not). Then properties over generated journals (order, determinism, added activity)
// and fairness (nothing personal changes a result). Real ROME and commune referentials.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadReferentials } from '../../server/reference/load-reference';
import { analyzeSeeker } from '../../shared/analysis/engine';
import { renderEvidence } from '../../shared/analysis/messages';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import type { AnalysisSettings } from '../../shared/analysis/settings';
import { SIGNAL_IDS, toAnalysisJournal } from '../../shared/analysis/types';
import type {
  AnalysisJournal,
  AnalysisResult,
  Evidence,
  Signal,
  SignalId,
} from '../../shared/analysis/types';
import {
  ACTION_TYPES,
  CATEGORIES,
  CHANNELS,
  MODALITIES,
  OUTCOMES,
} from '../../shared/journal/contract';
import type { JournalAction, JournalMonth } from '../../shared/journal/contract';
import {
  LYON,
  ORE_CODE,
  PARIS,
  VILLEURBANNE,
  act,
  actsOn,
  addDays,
  journal,
  mergeMonths,
  month,
  monthWith,
  monthsWith,
  periods,
  seekerJournal,
} from '../helpers/analysis-journals';

const refs = loadReferentials();

/** Day 15: the reference month is not complete, the last complete one is May 2026. */
const AS_OF = '2026-06-15';
const S = DEFAULT_SETTINGS;

const PARIS_KM = refs.distanceKm(LYON, PARIS)!;
const MOBILITIES = refs.mobilitiesFrom(ORE_CODE).map((m) => m.to);
/** Six unrelated grands domaines (A, F, H, J, N, K), none an ORE mobility of M1607. */
const UNRELATED = ['A1203', 'F1703', 'H2102', 'J1501', 'N4101', 'K2204'];

const NOT_AN_APPLICATION: Partial<JournalAction> = {
  type: 'network_contact',
  outcome: 'done',
  rome: null,
  employer: null,
  commune: null,
  channel: 'network',
};

function analyze(j: AnalysisJournal, asOf = AS_OF): AnalysisResult {
  return analyzeSeeker(j, { refs, asOf });
}

function signalOf(j: AnalysisJournal, id: SignalId, asOf = AS_OF): Signal | undefined {
  return analyze(j, asOf).signals.find((s) => s.id === id);
}

/** The signal, checked to be there with a severity in (0, 1]. */
function fired(j: AnalysisJournal, id: SignalId, asOf = AS_OF): Signal {
  const s = signalOf(j, id, asOf);
  expect(s, `${id} should fire`).toBeDefined();
  expect(s!.severity).toBeGreaterThan(0);
  expect(s!.severity).toBeLessThanOrEqual(1);
  return s!;
}

function ev(s: Signal, key: string): Evidence {
  const e = s.evidence.find((x) => x.key === key);
  expect(e, `evidence ${key} of ${s.id}`).toBeDefined();
  return e!;
}

/**
 * An ordinary, steady journal: registered in January 2025, four non-application actions
 * (days 2, 5, 8, 11) in every month up to `last`, mood 3. Fires nothing on AS_OF.
 */
function steady(overrides: Record<string, Partial<JournalMonth>> = {}, last = '2026-05') {
  const first = '2025-01';
  const count = periods(first, 40).indexOf(last) + 1;
  return periods(first, count).map((p) =>
    monthWith(p, 4, { action: NOT_AN_APPLICATION, prefix: `n${p}`, month: overrides[p] ?? {} }),
  );
}

describe('the steady background journal', () => {
  it('fires no signal at all', () => {
    expect(analyze(journal({ months: steady() })).signals).toEqual([]);
  });
});

// ——— inactivity ———

describe('inactivity', () => {
  const lastOn = (date: string) =>
    journal({
      months: mergeMonths(
        steady({}, '2026-02'),
        [month(date.slice(0, 7), [act('last', date, NOT_AN_APPLICATION)])],
        periods(addDays(date, 31).slice(0, 7), 3)
          .filter((p) => p <= '2026-06')
          .map((p) => month(p)),
      ),
    });

  it('fires after 106 days without action, pointing at the last action and the quiet months', () => {
    const s = fired(lastOn('2026-03-01'), 'inactivity');
    // 0.5 + 0.5 × (106 − 45) / (120 − 45)
    expect(s.severity).toBe(0.91);
    expect(s.evidence).toEqual([
      {
        key: 'inactivity.last_action',
        params: { days: 106, date: '2026-03-01' },
        periods: ['2026-04', '2026-05', '2026-06'],
        actionIds: ['last'],
      },
    ]);
  });

  it('does not fire with an action ten days ago', () => {
    expect(signalOf(lastOn(addDays(AS_OF, -10)), 'inactivity')).toBeUndefined();
  });

  it(`fires at exactly ${S.inactivity.days} days (severity 0.5), not at ${S.inactivity.days - 1}`, () => {
    expect(addDays(AS_OF, -45)).toBe('2026-05-01');
    const at = fired(lastOn('2026-05-01'), 'inactivity');
    expect(at.severity).toBe(0.5);
    expect(at.evidence[0]!.params).toEqual({ days: 45, date: '2026-05-01' });
    expect(signalOf(lastOn('2026-05-02'), 'inactivity')).toBeUndefined();
  });

  it(`reaches severity 1 at ${S.inactivity.fullSeverityDays} days`, () => {
    expect(fired(lastOn(addDays(AS_OF, -120)), 'inactivity').severity).toBe(1);
    expect(fired(lastOn(addDays(AS_OF, -119)), 'inactivity').severity).toBeLessThan(1);
  });

  it('counts from a recent re-registration, not from an action of a previous spell', () => {
    const j = journal({
      registered_on: addDays(AS_OF, -20),
      months: [month('2025-11', [act('old-1', '2025-11-20')])],
    });
    expect(signalOf(j, 'inactivity')).toBeUndefined();
  });

  it('does not fire for a new registrant (20 days ago, no action yet)', () => {
    const j = journal({ registered_on: addDays(AS_OF, -20), months: [] });
    expect(signalOf(j, 'inactivity')).toBeUndefined();
  });

  it('counts from registration when there is no action at all: 45 days fires, 44 does not', () => {
    const at = fired(journal({ registered_on: '2026-05-01', months: [] }), 'inactivity');
    expect(at.severity).toBe(0.5);
    expect(at.evidence).toEqual([
      {
        key: 'inactivity.none_since_registration',
        params: { days: 45 },
        periods: ['2026-05', '2026-06'],
        actionIds: [],
      },
    ]);
    const j44 = journal({ registered_on: '2026-05-02', months: [] });
    expect(signalOf(j44, 'inactivity')).toBeUndefined();
  });

  it('ignores actions dated after the reference date', () => {
    const j = lastOn('2026-03-01');
    const withFuture = journal({
      months: mergeMonths(j.months, [month('2026-06', [act('future', '2026-06-20')])]),
    });
    expect(fired(withFuture, 'inactivity').evidence[0]!.actionIds).toEqual(['last']);
  });
});

// ——— declining_activity ———

describe('declining_activity', () => {
  /** `base` actions a month from Sept 2025 to Feb 2026, then the recent counts for Mar–May. */
  function decline(base: number, recent: [number, number, number], first = '2025-09') {
    const baseline = periods(first, periods(first, 12).indexOf('2026-02') + 1);
    return journal({
      months: [
        ...baseline.map((p) => monthWith(p, base, { action: NOT_AN_APPLICATION })),
        ...periods('2026-03', 3).map((p, i) =>
          monthWith(p, recent[i]!, { action: NOT_AN_APPLICATION }),
        ),
        monthWith('2026-06', 1, { action: NOT_AN_APPLICATION }),
      ],
    });
  }

  it('fires when the last 3 complete months fall to a sixth of the earlier level', () => {
    const s = fired(decline(6, [1, 1, 1]), 'declining_activity');
    expect(s.severity).toBe(0.83);
    expect(s.evidence).toEqual([
      {
        key: 'declining.compare',
        params: { months: 3, recent: 1, baseline: 6, percent: 17 },
        periods: ['2026-03', '2026-04', '2026-05'],
        actionIds: [],
      },
    ]);
  });

  it('does not fire on a steady level, the current (incomplete) month being nearly empty', () => {
    expect(signalOf(decline(6, [6, 6, 6]), 'declining_activity')).toBeUndefined();
    expect(signalOf(decline(6, [5, 4, 5]), 'declining_activity')).toBeUndefined();
  });

  it(`fires at a ratio of exactly ${S.decliningActivity.maxRatio}, not just above`, () => {
    const at = fired(decline(6, [3, 3, 3]), 'declining_activity');
    expect(at.severity).toBe(0.5);
    expect(at.evidence[0]!.params.percent).toBe(50);
    // 10 / 3 a month against 6: 56 %.
    expect(signalOf(decline(6, [4, 3, 3]), 'declining_activity')).toBeUndefined();
  });

  it(`needs an earlier level of at least ${S.decliningActivity.minBaselinePerMonth} actions a month`, () => {
    const at = fired(decline(3, [0, 0, 0]), 'declining_activity');
    expect(at.severity).toBe(1);
    // 17 actions over the 6 baseline months: 2.8 a month.
    const below = decline(3, [0, 0, 0]);
    below.months[0]!.actions.pop();
    expect(signalOf(below, 'declining_activity')).toBeUndefined();
  });

  it('does not fire on a short history (2 months): no baseline', () => {
    const j = journal({
      registered_on: '2026-04-02',
      months: [monthWith('2026-04', 10), month('2026-05')],
    });
    expect(signalOf(j, 'declining_activity')).toBeUndefined();
  });

  it('needs 3 declared earlier months: 3 fire, 2 do not', () => {
    const three = journal({
      registered_on: '2025-12-01',
      months: [
        ...monthsWith('2025-12', 3, 10, { action: NOT_AN_APPLICATION }),
        ...periods('2026-03', 3).map((p) => month(p)),
      ],
    });
    expect(fired(three, 'declining_activity').evidence[0]!.params.baseline).toBe(10);
    const two = journal({
      registered_on: '2026-01-05',
      months: [
        ...monthsWith('2026-01', 2, 10, { action: NOT_AN_APPLICATION }),
        ...periods('2026-03', 3).map((p) => month(p)),
      ],
    });
    expect(signalOf(two, 'declining_activity')).toBeUndefined();
  });
});

// ——— discouragement ———

describe('discouragement', () => {
  const withMay = (may: Partial<JournalMonth>, extra: Record<string, Partial<JournalMonth>> = {}) =>
    journal({ months: steady({ ...extra, '2026-05': may }) });

  it('fires on a low mood and discouraged words, showing both components', () => {
    const j = withMay({ mood: 1, comment: 'Je suis découragée, ça ne sert à rien' });
    const s = fired(j, 'discouragement');
    // (0.25 × 1 + 0.25 × 0.8) / 0.6
    expect(s.severity).toBe(0.75);
    expect(s.evidence.map((e) => e.key)).toEqual([
      'discouragement.mood_low',
      'discouragement.words',
    ]);
    expect(ev(s, 'discouragement.mood_low')).toEqual({
      key: 'discouragement.mood_low',
      params: { mood: 1, period: '2026-05' },
      periods: ['2026-05'],
      actionIds: [],
    });
    expect(ev(s, 'discouragement.words')).toEqual({
      key: 'discouragement.words',
      params: { period: '2026-05', quote: 'Je suis découragée, ça ne sert à rien' },
      periods: ['2026-05'],
      actionIds: [],
    });
  });

  it('reads words without accents the same ("decouragee, ca sert a rien")', () => {
    const s = fired(withMay({ mood: 1, comment: 'decouragee, ca sert a rien' }), 'discouragement');
    expect(s.evidence.map((e) => e.key)).toEqual([
      'discouragement.mood_low',
      'discouragement.words',
    ]);
    expect(ev(s, 'discouragement.words').params).toEqual({
      period: '2026-05',
      quote: 'decouragee, ca sert a rien',
    });
  });

  it('does not fire on words alone (one component)', () => {
    const j = withMay({ mood: 3, comment: 'Je suis découragée, ça ne sert à rien' });
    expect(signalOf(j, 'discouragement')).toBeUndefined();
  });

  it('does not fire on a low mood alone', () => {
    expect(signalOf(withMay({ mood: 1 }), 'discouragement')).toBeUndefined();
  });

  it('does not count "je ne suis pas découragé" as a discouraged word', () => {
    const j = withMay({ mood: 1, comment: 'Je ne suis pas découragé, je continue.' });
    expect(signalOf(j, 'discouragement')).toBeUndefined();
  });

  it(`fires with a mood of ${S.discouragement.lowMood} (low) and words, not with 3`, () => {
    const at = fired(withMay({ mood: 2, comment: 'démotivé' }), 'discouragement');
    // (0.25 × 0.5 + 0.25 × 0.8) / 0.6
    expect(at.severity).toBe(0.54);
    expect(ev(at, 'discouragement.mood_low').params).toEqual({ mood: 2, period: '2026-05' });
    expect(signalOf(withMay({ mood: 3, comment: 'démotivé' }), 'discouragement')).toBeUndefined();
  });

  it(`counts a mood fall of ${S.discouragement.moodDrop} points, not 1.5`, () => {
    const earlier = Object.fromEntries(periods('2025-01', 15).map((p) => [p, { mood: 5 }]));
    const drop = journal({
      months: steady({
        ...earlier,
        '2026-04': { mood: 3 },
        '2026-05': { mood: 3, comment: 'ras le bol' },
      }),
    });
    const s = fired(drop, 'discouragement');
    expect(ev(s, 'discouragement.mood_drop')).toEqual({
      key: 'discouragement.mood_drop',
      params: { from: 5, to: 3 },
      periods: ['2026-04', '2026-05'],
      actionIds: [],
    });
    const smaller = journal({
      months: steady({
        ...earlier,
        '2026-04': { mood: 4 },
        '2026-05': { mood: 3, comment: 'ras le bol' },
      }),
    });
    expect(signalOf(smaller, 'discouragement')).toBeUndefined();
  });

  /** April applications (old enough to be answered) on top of the steady journal, words in May. */
  function unanswered(outcomes: JournalAction['outcome'][]) {
    const april = month(
      '2026-04',
      outcomes.map((outcome, i) =>
        act(`app-${i + 1}`, `2026-04-${String(2 + i).padStart(2, '0')}`, { outcome }),
      ),
    );
    return journal({
      months: mergeMonths(steady({ '2026-05': { comment: 'aucune réponse, je tourne en rond' } }), [
        april,
      ]),
    });
  }

  it('fires on unanswered applications and words, pointing at the unanswered applications', () => {
    const s = fired(
      unanswered(['no_response', 'no_response', 'rejected', 'pending', 'no_response']),
      'discouragement',
    );
    expect(s.evidence.map((e) => e.key)).toEqual([
      'discouragement.answers',
      'discouragement.words',
    ]);
    expect(ev(s, 'discouragement.answers')).toEqual({
      key: 'discouragement.answers',
      params: { unanswered: 5, applications: 5, months: S.discouragement.windowMonths },
      periods: ['2026-04'],
      actionIds: ['app-1', 'app-2', 'app-3', 'app-4', 'app-5'],
    });
  });

  it(`needs ${S.discouragement.minUnansweredShare} of at least ${S.discouragement.minApplicationsForAnswers} applications unanswered`, () => {
    const at = fired(
      unanswered(['no_response', 'no_response', 'interview', 'no_response', 'rejected']),
      'discouragement',
    );
    expect(ev(at, 'discouragement.answers').params).toMatchObject({
      unanswered: 4,
      applications: 5,
    });
    expect(
      signalOf(
        unanswered(['no_response', 'offer', 'interview', 'no_response', 'rejected']),
        'discouragement',
      ),
    ).toBeUndefined();
    expect(
      signalOf(
        unanswered(['no_response', 'no_response', 'no_response', 'no_response']),
        'discouragement',
      ),
    ).toBeUndefined();
  });

  it('fires on a falling activity and words', () => {
    const j = journal({
      months: [
        ...monthsWith('2025-09', 6, 6, { action: NOT_AN_APPLICATION }),
        monthWith('2026-03', 1, { action: NOT_AN_APPLICATION }),
        monthWith('2026-04', 1, { action: NOT_AN_APPLICATION }),
        monthWith('2026-05', 1, { action: NOT_AN_APPLICATION, month: { comment: 'à quoi bon' } }),
      ],
    });
    const s = fired(j, 'discouragement');
    expect(ev(s, 'discouragement.activity')).toEqual({
      key: 'discouragement.activity',
      params: { recent: 1, baseline: 6 },
      periods: ['2026-03', '2026-04', '2026-05'],
      actionIds: [],
    });
  });

  it('only reads words of the 3 months ending with the reference month (April to June)', () => {
    const j = journal({
      months: steady({ '2026-04': { comment: 'découragé' }, '2026-05': { mood: 1 } }),
    });
    expect(ev(fired(j, 'discouragement'), 'discouragement.words').periods).toEqual(['2026-04']);
    const older = journal({
      months: steady({ '2026-03': { comment: 'découragé' }, '2026-05': { mood: 1 } }),
    });
    expect(signalOf(older, 'discouragement')).toBeUndefined();
  });

  it('points at the actions whose note holds the words', () => {
    const may = month('2026-05', [
      act('m-1', '2026-05-20', { note: 'Relance faite' }),
      act('m-2', '2026-05-21', { note: 'Aucune réponse, je suis démotivé' }),
    ]);
    const j = journal({ months: mergeMonths(steady({ '2026-05': { mood: 2 } }), [may]) });
    const words = ev(fired(j, 'discouragement'), 'discouragement.words');
    expect(words.actionIds).toEqual(['m-2']);
    expect(words.params.quote).toBe('Aucune réponse, je suis démotivé');
  });

  it('quotes a long comment cut to 140 characters', () => {
    const comment = `Je suis découragée. ${'Toujours les mêmes refus. '.repeat(10)}`;
    const j = withMay({ mood: 1, comment });
    const quote = String(ev(fired(j, 'discouragement'), 'discouragement.words').params.quote);
    expect(quote).toHaveLength(140);
    expect(quote.endsWith('…')).toBe(true);
    expect(comment.startsWith(quote.slice(0, -1))).toBe(true);
  });

  // Known defect (see report): the words evidence quotes the first matching note and lists
  // the matching actions in the file's order, so swapping two notes of a month changes the
  // result, which analyzeSeeker promises never happens ("whatever the order of actions").
  // Mood 1 and no comment: the quote comes from the notes.
  it('does not depend on the order of the notes within a month', () => {
    const notes = [
      act('w-1', '2026-05-20', { note: 'ras le bol' }),
      act('w-2', '2026-05-20', { note: 'je suis démotivé' }),
    ];
    const build = (actions: JournalAction[]) =>
      journal({
        months: mergeMonths(steady({ '2026-05': { mood: 1 } }), [month('2026-05', actions)]),
      });
    const a = ev(fired(build(notes), 'discouragement'), 'discouragement.words');
    const b = ev(fired(build([...notes].reverse()), 'discouragement'), 'discouragement.words');
    expect(b).toEqual(a);
  });
});

// ——— scattered_search ———

describe('scattered_search', () => {
  const apps = (codes: readonly string[], prefix = 's', first = '2026-02') =>
    journal({
      months: mergeMonths(
        steady(),
        codes.map((rome, i) => {
          const p = periods(first, 4)[i % 4]!;
          return month(p, [
            act(`${prefix}-${i + 1}`, `${p}-${String(15 + Math.floor(i / 4)).padStart(2, '0')}`, {
              rome,
            }),
          ]);
        }),
      ),
    });

  it('fires on applications over 7 grands domaines, 75 % outside the ORE and its mobilities', () => {
    const codes = [...UNRELATED, ORE_CODE, ORE_CODE];
    const s = fired(apps(codes), 'scattered_search');
    // 0.5 × 0.75 + 0.5 × 7 / 8
    expect(s.severity).toBe(0.81);
    expect(s.evidence).toHaveLength(2);
    expect(ev(s, 'scattered.families')).toEqual({
      key: 'scattered.families',
      params: { applications: 8, families: 7, domains: 7 },
      periods: ['2026-02', '2026-03', '2026-04', '2026-05'],
      actionIds: [],
    });
    const outside = ev(s, 'scattered.outside_ore');
    expect(outside.params).toEqual({ percent: 75 });
    expect([...outside.actionIds].sort()).toEqual(['s-1', 's-2', 's-3', 's-4', 's-5', 's-6']);
  });

  it('does not fire when the many domaines are the ORE job and its mobilities', () => {
    const codes = [ORE_CODE, ORE_CODE, ...MOBILITIES.slice(0, 6)];
    expect(new Set(codes.map((c) => c[0])).size).toBeGreaterThanOrEqual(4);
    expect(signalOf(apps(codes), 'scattered_search')).toBeUndefined();
  });

  it(`fires at exactly ${S.scatteredSearch.minFamilies} grands domaines and ${S.scatteredSearch.minShareOutsideOre} outside`, () => {
    const at = fired(
      apps([ORE_CODE, ORE_CODE, ORE_CODE, ORE_CODE, 'A1203', 'A1203', 'F1703', 'H2102']),
      'scattered_search',
    );
    expect(at.severity).toBe(0.5);
    expect(ev(at, 'scattered.families').params.families).toBe(4);
    expect(ev(at, 'scattered.outside_ore').params.percent).toBe(50);
  });

  it('does not fire with 3 grands domaines, nor with 37.5 % outside', () => {
    const three = [ORE_CODE, ORE_CODE, ORE_CODE, ORE_CODE, 'A1203', 'A1203', 'F1703', 'F1703'];
    expect(signalOf(apps(three), 'scattered_search')).toBeUndefined();
    const fewOutside = [
      ORE_CODE,
      ORE_CODE,
      ORE_CODE,
      ORE_CODE,
      ORE_CODE,
      'A1203',
      'F1703',
      'H2102',
    ];
    expect(signalOf(apps(fewOutside), 'scattered_search')).toBeUndefined();
  });

  it(`needs ${S.scatteredSearch.minApplications} applications: 8 fire, 7 do not`, () => {
    const eight = [...UNRELATED, 'G1603', 'D1106'];
    expect(fired(apps(eight), 'scattered_search').severity).toBe(1);
    expect(signalOf(apps(eight.slice(0, 7)), 'scattered_search')).toBeUndefined();
  });

  it('ignores applications older than its 6-month window', () => {
    const old = apps([...UNRELATED, 'G1603', 'D1106'], 's', '2025-09');
    expect(signalOf(old, 'scattered_search')).toBeUndefined();
  });
});

// ——— narrow_search ———

describe('narrow_search', () => {
  /** Applications in March, April, May (counts per month), all M1607 unless `others` say. */
  function narrow(counts: number[], others: Record<number, Partial<JournalAction>> = {}) {
    let n = 0;
    const months = counts.map((c, m) => {
      const p = periods('2026-03', 3)[m]!;
      return month(
        p,
        Array.from({ length: c }, (_, i) => {
          n += 1;
          return act(`n-${n}`, `${p}-${String(12 + i).padStart(2, '0')}`, others[n] ?? {});
        }),
      );
    });
    return journal({ months: mergeMonths(steady(), months) });
  }

  it('fires on 10 applications on M1607 over 3 months, without interview', () => {
    const s = fired(narrow([4, 3, 3]), 'narrow_search');
    expect(s.severity).toBe(0.75);
    expect(s.evidence).toEqual([
      {
        key: 'narrow.single_code',
        params: { percent: 100, applications: 10, code: 'M1607', label: 'Secrétariat', months: 3 },
        periods: ['2026-03', '2026-04', '2026-05'],
        actionIds: Array.from({ length: 10 }, (_, i) => `n-${i + 1}`),
      },
      {
        key: 'narrow.no_interview',
        params: {},
        periods: ['2026-03', '2026-04', '2026-05'],
        actionIds: [],
      },
    ]);
  });

  it('does not fire once one application led to an interview', () => {
    expect(
      signalOf(narrow([4, 3, 3], { 5: { outcome: 'interview' } }), 'narrow_search'),
    ).toBeUndefined();
  });

  it(`fires at a top-code share of exactly ${S.narrowSearch.minTopCodeShare}, not below`, () => {
    const at = fired(narrow([4, 3, 3], { 10: { rome: 'M1602' } }), 'narrow_search');
    expect(at.severity).toBe(0.5);
    expect(at.evidence[0]!.params).toMatchObject({ percent: 90, applications: 10 });
    expect(at.evidence[0]!.actionIds).not.toContain('n-10');
    // 8 of 9: 89 %.
    expect(signalOf(narrow([3, 3, 3], { 9: { rome: 'M1602' } }), 'narrow_search')).toBeUndefined();
  });

  it(`needs ${S.narrowSearch.minMonthsWithApplications} months with applications: 3 fire, 2 do not`, () => {
    expect(signalOf(narrow([5, 5, 0]), 'narrow_search')).toBeUndefined();
    expect(fired(narrow([4, 4, 2]), 'narrow_search').evidence[0]!.params.months).toBe(3);
  });

  it(`needs ${S.narrowSearch.minApplications} applications: 8 fire, 7 do not`, () => {
    expect(fired(narrow([3, 3, 2]), 'narrow_search').evidence[0]!.params.applications).toBe(8);
    expect(signalOf(narrow([3, 2, 2]), 'narrow_search')).toBeUndefined();
  });
});

// ——— off_target_geography ———

describe('off_target_geography', () => {
  function geo(communes: (string | null)[], ore: Partial<AnalysisJournal['ore']> = {}) {
    const actions = communes.map((commune, i) =>
      act(`g-${i + 1}`, `2026-04-${String(10 + i).padStart(2, '0')}`, { commune }),
    );
    const base = journal();
    return journal({
      months: mergeMonths(steady(), [month('2026-04', actions)]),
      ore: { ...base.ore, ...ore },
    });
  }

  it('fires when 4 of 6 applications are in Paris (~390 km) for a 30 km radius', () => {
    expect(PARIS_KM).toBeGreaterThan(380);
    const s = fired(geo([PARIS, LYON, PARIS, LYON, PARIS, PARIS]), 'off_target_geography');
    // 0.5 + 0.5 × (2/3 − 0.5) / 0.5
    expect(s.severity).toBe(0.67);
    expect(s.evidence).toEqual([
      {
        key: 'geography.beyond',
        params: { percent: 67, radius: 30, median: Math.round(PARIS_KM) },
        periods: ['2026-04'],
        actionIds: ['g-1', 'g-3', 'g-5', 'g-6'],
      },
    ]);
  });

  it('does not fire when the applications are in Villeurbanne (~5 km)', () => {
    expect(signalOf(geo(Array(6).fill(VILLEURBANNE)), 'off_target_geography')).toBeUndefined();
  });

  it(`fires at exactly ${S.offTargetGeography.minShareBeyond} beyond, not below`, () => {
    const at = fired(geo([PARIS, LYON, PARIS, LYON, PARIS, LYON]), 'off_target_geography');
    expect(at.severity).toBe(0.5);
    expect(at.evidence[0]!.params.percent).toBe(50);
    expect(
      signalOf(geo([PARIS, LYON, PARIS, LYON, PARIS, LYON, LYON]), 'off_target_geography'),
    ).toBeUndefined();
  });

  it(`needs ${S.offTargetGeography.minApplicationsWithDistance} applications with a known distance`, () => {
    expect(fired(geo(Array(5).fill(PARIS)), 'off_target_geography').severity).toBe(1);
    const four = geo([PARIS, PARIS, PARIS, PARIS, null, null, null]);
    expect(signalOf(four, 'off_target_geography')).toBeUndefined();
  });

  it('counts as beyond only what is strictly farther than the radius', () => {
    const paris = Array<string>(6).fill(PARIS);
    expect(
      signalOf(geo(paris, { max_distance_km: PARIS_KM }), 'off_target_geography'),
    ).toBeUndefined();
    expect(
      fired(geo(paris, { max_distance_km: PARIS_KM - 0.01 }), 'off_target_geography').severity,
    ).toBe(1);
  });

  it('does not fire without a home commune', () => {
    const j = { ...geo(Array(6).fill(PARIS)), home_commune: null };
    expect(signalOf(j, 'off_target_geography')).toBeUndefined();
  });
});

// ——— low_response_rate ———

describe('low_response_rate', () => {
  /** Applications in February and March (old enough), then optional later ones. */
  function responses(outcomes: JournalAction['outcome'][], later: JournalAction[] = []) {
    const actions = outcomes.map((outcome, i) => {
      const p = i % 2 ? '2026-03' : '2026-02';
      return act(`r-${i + 1}`, `${p}-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`, {
        outcome,
      });
    });
    const byPeriod = [...actions, ...later].map((a) => month(a.date.slice(0, 7), [a]));
    return journal({ months: mergeMonths(steady(), byPeriod) });
  }
  const none = (n: number) => Array<JournalAction['outcome']>(n).fill('no_response');

  it('fires on 12 unanswered applications', () => {
    const s = fired(responses(none(12)), 'low_response_rate');
    // (0.5 + 0.5 × 2/10) × 1
    expect(s.severity).toBe(0.6);
    expect(s.evidence).toEqual([
      {
        key: 'response.low',
        params: { answers: 0, applications: 12, months: 6, percent: 0 },
        periods: ['2026-02', '2026-03'],
        actionIds: expect.arrayContaining(
          Array.from({ length: 12 }, (_, i) => `r-${i + 1}`),
        ) as string[],
      },
    ]);
    expect(s.evidence[0]!.actionIds).toHaveLength(12);
  });

  it('does not fire when a quarter of them were answered', () => {
    const outcomes = [
      ...none(9),
      'rejected',
      'interview',
      'rejected',
    ] as JournalAction['outcome'][];
    expect(signalOf(responses(outcomes), 'low_response_rate')).toBeUndefined();
  });

  it(`fires at a response rate of exactly ${S.lowResponseRate.maxResponseRate}, not just above`, () => {
    const at = fired(responses([...none(18), 'rejected', 'interview']), 'low_response_rate');
    // (0.5 + 0.5 × 1) × 0.9
    expect(at.severity).toBe(0.9);
    expect(at.evidence[0]!.params).toMatchObject({ answers: 2, applications: 20, percent: 10 });
    expect(at.evidence[0]!.actionIds).toHaveLength(18);
    // 2 of 19: 10.5 %.
    expect(
      signalOf(responses([...none(17), 'rejected', 'interview']), 'low_response_rate'),
    ).toBeUndefined();
  });

  it(`needs ${S.lowResponseRate.minApplications} applications: 10 fire, 9 do not`, () => {
    expect(fired(responses(none(10)), 'low_response_rate').severity).toBe(0.5);
    expect(signalOf(responses(none(9)), 'low_response_rate')).toBeUndefined();
  });

  it(`counts an application only ${S.lowResponseRate.answerDelayDays} days after it was sent`, () => {
    expect(addDays(AS_OF, -30)).toBe('2026-05-16');
    const at = fired(responses(none(9), [act('late', '2026-05-16')]), 'low_response_rate');
    expect(at.evidence[0]!.params.applications).toBe(10);
    expect(at.evidence[0]!.actionIds).toContain('late');
    expect(
      signalOf(responses(none(9), [act('late', '2026-05-17')]), 'low_response_rate'),
    ).toBeUndefined();
  });
});

// ——— interviews_without_offer ———

describe('interviews_without_offer', () => {
  function interviews(actions: JournalAction[]) {
    const byPeriod = actions.map((a) => month(a.date.slice(0, 7), [a]));
    return journal({ months: mergeMonths(steady(), byPeriod) });
  }
  const interview = (id: string, date: string, employer: string | null) =>
    act(id, date, { type: 'job_interview', outcome: 'done', employer });

  it('fires on 3 interviews with 3 employers and no offer', () => {
    const s = fired(
      interviews([
        interview('i-1', '2026-03-10', 'Mairie de Lyon'),
        interview('i-2', '2026-04-10', 'Cabinet Durand'),
        act('i-3', '2026-05-10', { outcome: 'interview', employer: 'Clinique du Parc' }),
      ]),
      'interviews_without_offer',
    );
    expect(s.severity).toBe(0.5);
    expect(s.evidence).toEqual([
      {
        key: 'interviews.no_offer',
        params: { interviews: 3, months: 6 },
        periods: ['2026-03', '2026-04', '2026-05'],
        actionIds: ['i-1', 'i-2', 'i-3'],
      },
    ]);
  });

  it(`does not fire on 2 interviews (threshold ${S.interviewsWithoutOffer.minInterviews})`, () => {
    const two = interviews([
      interview('i-1', '2026-03-10', 'Mairie de Lyon'),
      interview('i-2', '2026-04-10', 'Cabinet Durand'),
    ]);
    expect(signalOf(two, 'interviews_without_offer')).toBeUndefined();
  });

  it('does not fire once an offer came in the window', () => {
    const j = interviews([
      interview('i-1', '2026-03-10', 'Mairie de Lyon'),
      interview('i-2', '2026-04-10', 'Cabinet Durand'),
      interview('i-3', '2026-05-10', 'Clinique du Parc'),
      act('o-1', '2026-05-12', { outcome: 'offer', employer: 'Clinique du Parc' }),
    ]);
    expect(signalOf(j, 'interviews_without_offer')).toBeUndefined();
  });

  it('counts one employer once (application then interview journaled both ways)', () => {
    const j = interviews([
      act('i-1', '2026-03-10', { outcome: 'interview', employer: 'Cabinet Durand' }),
      interview('i-2', '2026-04-02', ' cabinet durand '),
      interview('i-3', '2026-04-10', 'Mairie de Lyon'),
    ]);
    expect(signalOf(j, 'interviews_without_offer')).toBeUndefined();
  });

  it('reaches severity 1 at 6 interviews', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((e, i) =>
      interview(`i-${i + 1}`, `2026-0${1 + i}-05`, null),
    );
    expect(fired(interviews(six), 'interviews_without_offer').severity).toBe(1);
  });
});

// ——— missing_declarations ———

describe('missing_declarations', () => {
  const without = (...gaps: string[]) => steady().filter((m) => !gaps.includes(m.period));

  it('fires on two undeclared months of the follow-up period, naming them', () => {
    const s = fired(journal({ months: without('2026-02', '2026-04') }), 'missing_declarations');
    expect(s.severity).toBe(0.67);
    expect(s.evidence).toEqual([
      {
        key: 'declarations.missing',
        params: { count: 2, periods: '2026-02, 2026-04' },
        periods: ['2026-02', '2026-04'],
        actionIds: [],
      },
    ]);
  });

  it('does not fire when every month is declared, even empty ones', () => {
    const months = steady().map((m) => (m.period >= '2026-03' ? { ...m, actions: [] } : m));
    expect(signalOf(journal({ months }), 'missing_declarations')).toBeUndefined();
  });

  it(`leaves the month just ended pending until day ${S.declarationWindow.closesDay} of the next, missing from the day after`, () => {
    const j = journal({ months: without('2026-05') });
    expect(signalOf(j, 'missing_declarations', '2026-06-01')).toBeUndefined();
    expect(signalOf(j, 'missing_declarations', '2026-06-15')).toBeUndefined();
    const after = fired(j, 'missing_declarations', '2026-06-16');
    expect(after.severity).toBe(0.33);
    expect(after.evidence[0]!.periods).toEqual(['2026-05']);
  });

  it(`never counts the reference month as missing, even once its declaration opens on day ${S.declarationWindow.opensDay}`, () => {
    const j = journal({ months: steady() });
    for (const asOf of ['2026-06-16', '2026-06-27', '2026-06-28', '2026-06-30']) {
      expect(signalOf(j, 'missing_declarations', asOf)).toBeUndefined();
    }
    // June is pending until 15 July, missing from the 16th.
    expect(signalOf(j, 'missing_declarations', '2026-07-15')).toBeUndefined();
    expect(fired(j, 'missing_declarations', '2026-07-16').evidence[0]!.periods).toEqual([
      '2026-06',
    ]);
  });

  it('follows the declaration window set in the settings', () => {
    const j = journal({ months: without('2026-05') });
    const settings = { ...S, declarationWindow: { opensDay: 25, closesDay: 5 } };
    const at = (asOf: string) =>
      analyzeSeeker(j, { refs, asOf, settings }).signals.find(
        (x) => x.id === 'missing_declarations',
      );
    expect(at('2026-06-05')).toBeUndefined();
    expect(at('2026-06-06')?.evidence[0]!.periods).toEqual(['2026-05']);
  });

  it('looks at the last 12 due months only', () => {
    // On 15 June, May is still pending: the last due month is April.
    expect(
      signalOf(journal({ months: without('2025-04') }), 'missing_declarations'),
    ).toBeUndefined();
    expect(
      fired(journal({ months: without('2025-05') }), 'missing_declarations').evidence[0]!.periods,
    ).toEqual(['2025-05']);
  });

  it('does not ask for months before registration', () => {
    const j = journal({
      registered_on: '2026-03-20',
      months: steady().filter((m) => m.period >= '2026-03'),
    });
    expect(signalOf(j, 'missing_declarations')).toBeUndefined();
  });

  it('reaches severity 1 at 3 missing months', () => {
    const j = journal({ months: without('2026-01', '2026-03', '2026-04') });
    expect(fired(j, 'missing_declarations').severity).toBe(1);
  });
});

// ——— benefit_end_near ———

describe('benefit_end_near', () => {
  const ending = (benefit_end: string | null) => journal({ months: steady(), benefit_end });

  it('fires 30 days before the end of benefit rights', () => {
    const s = fired(ending('2026-07-15'), 'benefit_end_near');
    // 0.3 + 0.7 × (1 − 30/90)
    expect(s.severity).toBe(0.77);
    expect(s.evidence).toEqual([
      {
        key: 'benefit.end',
        params: { date: '2026-07-15', days: 30 },
        periods: ['2026-07'],
        actionIds: [],
      },
    ]);
  });

  it('does not fire without an end date, or with one six months away', () => {
    expect(signalOf(ending(null), 'benefit_end_near')).toBeUndefined();
    expect(signalOf(ending('2026-12-15'), 'benefit_end_near')).toBeUndefined();
  });

  it(`fires at exactly ${S.benefitEndNear.withinDays} days, not at 91`, () => {
    expect(addDays(AS_OF, 90)).toBe('2026-09-13');
    const at = fired(ending('2026-09-13'), 'benefit_end_near');
    expect(at.severity).toBe(0.3);
    expect(at.evidence[0]!.params.days).toBe(90);
    expect(signalOf(ending('2026-09-14'), 'benefit_end_near')).toBeUndefined();
  });

  it('fires at full severity on the last day, not once the rights have ended', () => {
    expect(fired(ending(AS_OF), 'benefit_end_near').severity).toBe(1);
    expect(signalOf(ending(addDays(AS_OF, -1)), 'benefit_end_near')).toBeUndefined();
  });
});

// ——— recent_success ———

describe('recent_success', () => {
  const success = (...actions: JournalAction[]) =>
    journal({
      months: mergeMonths(
        steady(),
        actions.map((a) => month(a.date.slice(0, 7), [a])),
      ),
    });

  it('fires on a hire last month, with the employer', () => {
    const s = fired(
      success(act('h', '2026-05-20', { outcome: 'hired', employer: 'Mairie de Lyon' })),
      'recent_success',
    );
    expect(s.severity).toBe(1);
    expect(s.evidence).toEqual([
      {
        key: 'success.hired',
        params: { date: '2026-05-20', employer: 'Mairie de Lyon' },
        periods: ['2026-05'],
        actionIds: ['h'],
      },
    ]);
  });

  it('fires on a training started, then lists the strongest first', () => {
    const training = act('t', '2026-06-05', { ...NOT_AN_APPLICATION, type: 'training' });
    const started = fired(success(training), 'recent_success');
    expect(started.severity).toBe(0.6);
    expect(started.evidence[0]).toMatchObject({
      key: 'success.started',
      params: { what: 'training', date: '2026-06-05' },
    });
    const both = fired(
      success(training, act('o', '2026-05-02', { outcome: 'offer' })),
      'recent_success',
    );
    expect(both.severity).toBe(0.8);
    expect(both.evidence.map((e) => e.actionIds[0])).toEqual(['o', 't']);
  });

  it('does not fire on an interview, nor on a hire dated after the reference date', () => {
    expect(
      signalOf(success(act('i', '2026-06-01', { outcome: 'interview' })), 'recent_success'),
    ).toBeUndefined();
    expect(
      signalOf(success(act('h', '2026-06-20', { outcome: 'hired' })), 'recent_success'),
    ).toBeUndefined();
  });

  it(`fires ${S.recentSuccess.withinDays} days after the hire, not 61`, () => {
    expect(addDays(AS_OF, -60)).toBe('2026-04-16');
    expect(
      fired(success(act('h', '2026-04-16', { outcome: 'hired' })), 'recent_success').severity,
    ).toBe(1);
    expect(
      signalOf(success(act('h', '2026-04-15', { outcome: 'hired' })), 'recent_success'),
    ).toBeUndefined();
  });
});

// ——— what each category expects ———

describe('categories not expected to search (D, E, F, G by default)', () => {
  const NOT_SEARCHING = ['D', 'E', 'F', 'G'] as const;
  const idsOf = (j: AnalysisJournal, settings = S) =>
    analyzeSeeker(j, { refs, asOf: AS_OF, settings })
      .signals.map((s) => s.id)
      .sort();

  /**
   * Steady until January, then nothing: February, April and May declared empty (April
   * with a very low mood and discouraged words, May without a mood), March not declared (on 15 June, May is
   * still pending: a missing month is an earlier one), rights ending 30 days after the
   * reference date.
   */
  const stopped = (category: AnalysisJournal['category']) =>
    journal({
      category,
      benefit_end: '2026-07-15',
      months: [
        ...steady({}, '2026-01'),
        month('2026-02'),
        month('2026-04', [], { mood: 1, comment: 'Je suis découragé, ça ne sert à rien' }),
        month('2026-05', [], { mood: null }),
      ],
    });

  /** Twelve unanswered applications in Paris, over six unrelated grands domaines. */
  const farAndScattered = (category: AnalysisJournal['category']) =>
    journal({
      category,
      months: mergeMonths(
        steady(),
        periods('2026-01', 4).map((p, m) =>
          month(
            p,
            [0, 1, 2].map((k) =>
              act(`far-${p}-${k}`, `${p}-${String(16 + k).padStart(2, '0')}`, {
                rome: UNRELATED[(m * 3 + k) % UNRELATED.length]!,
                commune: PARIS,
              }),
            ),
          ),
        ),
      ),
    });

  /** Ten applications on the one ORE code over three months, no interview. */
  const narrow = (category: AnalysisJournal['category']) =>
    journal({
      category,
      months: mergeMonths(steady(), monthsWith('2026-03', 3, 4, { days: [16, 18, 20, 22] })),
    });

  it('an A seeker with no activity gets the search-intensity signals and the support ones', () => {
    expect(idsOf(stopped('A'))).toEqual([
      'benefit_end_near',
      'declining_activity',
      'discouragement',
      'inactivity',
      'missing_declarations',
    ]);
  });

  it.each(NOT_SEARCHING)(
    'a %s seeker with no activity gets no inactivity or decline, still discouragement, missing months and rights ending',
    (category) => {
      const result = analyze(stopped(category));
      expect(result.signals.map((s) => s.id).sort()).toEqual([
        'benefit_end_near',
        'discouragement',
        'missing_declarations',
      ]);
      // Discouragement rests on the mood and the words, not on searching less.
      const discouragement = result.signals.find((s) => s.id === 'discouragement')!;
      expect(discouragement.evidence.map((e) => e.key)).toEqual([
        'discouragement.mood_low',
        'discouragement.words',
      ]);
    },
  );

  it.each(NOT_SEARCHING)(
    'a %s seeker searching far, scattered, narrow or unanswered gets none of those signals',
    (category) => {
      expect(idsOf(farAndScattered('A'))).toEqual(
        expect.arrayContaining(['low_response_rate', 'off_target_geography', 'scattered_search']),
      );
      expect(idsOf(narrow('A'))).toContain('narrow_search');
      expect(idsOf(farAndScattered(category))).toEqual([]);
      expect(idsOf(narrow(category))).toEqual([]);
    },
  );

  it('an E seeker hired last month still gets recent_success', () => {
    const hired = journal({
      category: 'E',
      months: mergeMonths(steady(), [
        month('2026-05', [act('h', '2026-05-20', { outcome: 'hired' })]),
      ]),
    });
    expect(idsOf(hired)).toEqual(['recent_success']);
  });

  it('follows the setting: D added to the searching categories gets its signals back, an empty list none', () => {
    const withD: AnalysisSettings = { ...S, searchCategories: ['A', 'B', 'C', 'D'] };
    expect(idsOf(stopped('D'), withD)).toEqual(idsOf(stopped('A')));
    expect(idsOf(stopped('E'), withD)).not.toContain('inactivity');
    expect(idsOf(stopped('A'), { ...S, searchCategories: [] })).toEqual([
      'benefit_end_near',
      'discouragement',
      'missing_declarations',
    ]);
  });
});

// ——— across signals ———

describe('every signal', () => {
  it('analyses a journal entered by the counsellor (no digital access) like the others', () => {
    const months = mergeMonths(
      steady({ '2026-05': { mood: 1, comment: 'ras le bol' } }).filter(
        (m) => m.period !== '2026-02',
      ),
      [
        month(
          '2026-04',
          actsOn('far', ['2026-04-10', '2026-04-11', '2026-04-12', '2026-04-13', '2026-04-14'], {
            commune: PARIS,
          }),
        ),
      ],
    );
    const bySeeker = journal({ months, benefit_end: '2026-07-15' });
    const byCounsellor = journal({
      months: months.map((m) => ({ ...m, entered_by: 'counsellor' as const, submitted_at: null })),
      benefit_end: '2026-07-15',
      digital_access: false,
    });
    const a = analyze(bySeeker);
    const b = analyze(byCounsellor);
    expect(a.signals.map((s) => s.id)).toEqual([
      'discouragement',
      'off_target_geography',
      'missing_declarations',
      'benefit_end_near',
    ]);
    expect(b.signals).toEqual(a.signals);
    expect(b.attention).toBe(a.attention);
    const withoutEnteredBy = (r: AnalysisResult) =>
      r.indicators.map(({ enteredBy: _, ...rest }) => rest);
    expect(withoutEnteredBy(b)).toEqual(withoutEnteredBy(a));
  });

  /** A journal per signal that fires it (built by the cases above). */
  const firing: Record<SignalId, () => [AnalysisJournal, string]> = {
    inactivity: () => [journal({ registered_on: '2026-01-05', months: [] }), AS_OF],
    declining_activity: () => [
      journal({
        months: [
          ...monthsWith('2025-09', 6, 6, { action: NOT_AN_APPLICATION }),
          ...monthsWith('2026-03', 3, 1, { action: NOT_AN_APPLICATION }),
        ],
      }),
      AS_OF,
    ],
    discouragement: () => [
      journal({ months: steady({ '2026-05': { mood: 1, comment: 'Je suis découragée' } }) }),
      AS_OF,
    ],
    scattered_search: () => [
      journal({
        months: mergeMonths(steady(), [
          month(
            '2026-04',
            [...UNRELATED, 'G1603', 'D1106'].map((rome, i) =>
              act(`s${i}`, `2026-04-1${i}`, { rome }),
            ),
          ),
        ]),
      }),
      AS_OF,
    ],
    narrow_search: () => [
      journal({ months: mergeMonths(steady(), monthsWith('2026-03', 3, 3)) }),
      AS_OF,
    ],
    off_target_geography: () => [
      journal({
        months: mergeMonths(steady(), [
          month(
            '2026-04',
            actsOn('p', ['2026-04-10', '2026-04-11', '2026-04-12', '2026-04-13', '2026-04-14'], {
              commune: PARIS,
            }),
          ),
        ]),
      }),
      AS_OF,
    ],
    low_response_rate: () => [
      journal({ months: mergeMonths(steady(), monthsWith('2026-02', 2, 5)) }),
      AS_OF,
    ],
    interviews_without_offer: () => [
      journal({
        months: mergeMonths(steady(), [
          month(
            '2026-04',
            ['a', 'b', 'c'].map((e, i) =>
              act(`i${i}`, `2026-04-1${i}`, {
                type: 'job_interview',
                outcome: 'done',
                employer: e,
              }),
            ),
          ),
        ]),
      }),
      AS_OF,
    ],
    missing_declarations: () => [
      journal({ months: steady().filter((m) => m.period !== '2026-03') }),
      AS_OF,
    ],
    benefit_end_near: () => [journal({ months: steady(), benefit_end: '2026-07-01' }), AS_OF],
    recent_success: () => [
      journal({
        months: mergeMonths(steady(), [
          month('2026-06', [act('h', '2026-06-01', { outcome: 'hired' })]),
        ]),
      }),
      AS_OF,
    ],
  };

  /** The parameters a message reads, found by rendering it with recording params. */
  function placeholdersOf(e: Evidence): string[] {
    const names: string[] = [];
    const params = new Proxy({} as Evidence['params'], {
      get: (_, name) => {
        if (typeof name === 'string') names.push(name);
        return 'x';
      },
    });
    renderEvidence({ ...e, params }, 'fr');
    return names;
  }

  for (const id of SIGNAL_IDS) {
    it(`${id}: every evidence has a message and all the parameters it reads`, () => {
      const [j, asOf] = firing[id]();
      const s = fired(j, id, asOf);
      for (const e of s.evidence) {
        expect(renderEvidence(e, 'fr'), e.key).not.toBe(e.key);
        const missing = placeholdersOf(e).filter((name) => !(name in e.params));
        expect(missing, `${e.key} reads parameters the detector does not give`).toEqual([]);
      }
    });
  }
});

// ——— properties ———

const ROMES = [ORE_CODE, 'M1602', 'D1401', 'K1902', ...UNRELATED, 'G1603', null];
const COMMUNES = [LYON, VILLEURBANNE, PARIS, '38544', null];
const EMPLOYERS = ['Cabinet Durand', 'cabinet durand', 'Mairie de Lyon', 'Clinique du Parc', null];
const NOTES = [
  null,
  null,
  null,
  'Relance faite',
  'Je suis démotivé',
  'ras le bol',
  'pas découragé',
];
const COMMENTS = [null, 'Bon mois.', 'Je suis découragée, ça ne sert à rien', 'decouragee'];
const daysIn = (period: string) =>
  new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate();
const pick = <T>(pool: readonly T[], n: number): T => pool[n % pool.length]!;

// Each journal draws its own pools (a single job or many, one place or several, never an
// answer or any outcome), so that searches narrow, scattered, far or unanswered come up.
const poolsArb = fc.record({
  types: fc.constantFrom<readonly JournalAction['type'][]>(
    ['application_offer', 'application_spontaneous'],
    ['application_offer', 'application_offer', 'job_interview', 'network_contact'],
    ACTION_TYPES,
  ),
  romes: fc.constantFrom<readonly (string | null)[]>([ORE_CODE], ROMES, UNRELATED),
  communes: fc.constantFrom<readonly (string | null)[]>([PARIS], COMMUNES),
  outcomes: fc.constantFrom<readonly JournalAction['outcome'][]>(
    ['no_response'],
    ['no_response', 'rejected', 'interview', 'pending', 'done'],
    OUTCOMES,
  ),
});

const actionArb = fc.record({
  day: fc.integer({ min: 1, max: 31 }),
  type: fc.nat(),
  rome: fc.nat(),
  commune: fc.nat(),
  employer: fc.constantFrom(...EMPLOYERS),
  channel: fc.constantFrom(...CHANNELS, null),
  outcome: fc.nat(),
  note: fc.constantFrom(...NOTES),
});

const monthArb = fc.record({
  /** Months before the reference month (-1: the month after it). */
  back: fc.integer({ min: -1, max: 20 }),
  entered_by: fc.constantFrom('seeker' as const, 'counsellor' as const),
  mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  comment: fc.constantFrom(...COMMENTS),
  actions: fc.array(actionArb, { maxLength: 10 }),
});

/** An asOf, and a journal valid per the contract around it (ids unique, dates in their month). */
const caseArb = fc
  .record({
    asOfOffset: fc.integer({ min: 0, max: 450 }),
    registeredBefore: fc.integer({ min: 0, max: 700 }),
    benefit: fc.option(fc.integer({ min: -30, max: 200 }), { nil: null }),
    category: fc.constantFrom(...CATEGORIES),
    modality: fc.constantFrom(...MODALITIES),
    digital: fc.boolean(),
    home: fc.constantFrom(LYON, VILLEURBANNE, null),
    oreRome: fc.subarray([ORE_CODE, 'K2204', 'A1203'], { minLength: 1 }),
    radius: fc.integer({ min: 5, max: 100 }),
    pools: poolsArb,
    months: fc.uniqueArray(monthArb, { selector: (m) => m.back, maxLength: 20 }),
  })
  .map((c) => {
    const asOf = addDays('2025-06-01', c.asOfOffset);
    const asOfPeriod = periods(asOf.slice(0, 7), 1)[0]!;
    const periodBack = (back: number) => {
      const [y, m] = asOfPeriod.split('-').map(Number);
      return periods(`${y! - 2}-${String(m).padStart(2, '0')}`, 26)[24 - back]!;
    };
    const j = journal({
      registered_on: addDays(asOf, -c.registeredBefore),
      category: c.category,
      modality: c.modality,
      digital_access: c.digital,
      benefit_end: c.benefit === null ? null : addDays(asOf, c.benefit),
      home_commune: c.home,
      ore: {
        rome: c.oreRome,
        max_distance_km: c.radius,
        min_monthly_salary: null,
        contracts: ['CDI'],
      },
      months: c.months.map((m, mi) => {
        const period = periodBack(m.back);
        return {
          period,
          submitted_at: null,
          entered_by: m.entered_by,
          mood: m.mood,
          comment: m.comment,
          actions: m.actions.map((a, ai) => ({
            id: `a${mi}-${ai}`,
            date: `${period}-${String(Math.min(a.day, daysIn(period))).padStart(2, '0')}`,
            type: pick(c.pools.types, a.type),
            rome: pick(c.pools.romes, a.rome),
            employer: a.employer,
            commune: pick(c.pools.communes, a.commune),
            channel: a.channel,
            outcome: pick(c.pools.outcomes, a.outcome),
            note: a.note,
          })),
        };
      }),
    });
    return { asOf, j };
  });

function permutation<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}

/** The same journal with its months, and the actions inside each month, in another order. */
function reordered(j: AnalysisJournal): fc.Arbitrary<AnalysisJournal> {
  return fc
    .tuple(...j.months.map((m) => permutation(m.actions).map((actions) => ({ ...m, actions }))))
    .chain((months) => permutation(months))
    .map((months) => ({ ...j, months }));
}

/** The whole result as JSON: a property compares results with nothing left out. */
function canonicalJson(r: AnalysisResult): string {
  return JSON.stringify(r);
}

describe('properties over generated journals', () => {
  it('the generator reaches every signal (the properties are not vacuous)', () => {
    const seen = new Map<string, number>();
    for (const { asOf, j } of fc.sample(caseArb, { numRuns: 300, seed: 20260615 })) {
      for (const s of analyze(j, asOf).signals) seen.set(s.id, (seen.get(s.id) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual([...SIGNAL_IDS].sort());
  });

  it('results do not depend on the order of months nor of actions within months', () => {
    fc.assert(
      fc.property(
        caseArb.chain(({ asOf, j }) => reordered(j).map((shuffled) => ({ asOf, j, shuffled }))),
        ({ asOf, j, shuffled }) => {
          expect(canonicalJson(analyze(shuffled, asOf))).toBe(canonicalJson(analyze(j, asOf)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('adding 10 applications in the last 7 days never makes inactivity appear or grow', () => {
    fc.assert(
      fc.property(caseArb, ({ asOf, j }) => {
        const boost = Array.from({ length: 10 }, (_, i) => {
          const date = addDays(asOf, -(i % 7));
          return month(date.slice(0, 7), [act(`boost-${i}`, date)]);
        });
        const boosted = journal({ ...j, months: mergeMonths(j.months, boost) });
        const severity = (x: AnalysisJournal) => signalOf(x, 'inactivity', asOf)?.severity ?? 0;
        expect(severity(boosted)).toBeLessThanOrEqual(severity(j));
        expect(signalOf(boosted, 'inactivity', asOf)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic: two runs give equal results, and the input is not changed', () => {
    fc.assert(
      fc.property(caseArb, ({ asOf, j }) => {
        const before = JSON.stringify(j);
        const first = analyze(j, asOf);
        const second = analyze(structuredClone(j), asOf);
        expect(second).toEqual(first);
        expect(JSON.stringify(analyze(j, asOf))).toBe(JSON.stringify(first));
        expect(JSON.stringify(j)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});

// ——— fairness ———

describe('fairness', () => {
  const PERSONAL = ['seeker_id', 'first_name', 'last_name', 'birth_year', 'counsellor_id'] as const;

  // Compile-time: the analysis input type has none of the personal keys.
  type Leaked = Extract<keyof AnalysisJournal, (typeof PERSONAL)[number]>;
  const noLeak: [Leaked] extends [never] ? true : false = true;

  it('the analysis input has no name, birth or identifier key', () => {
    expect(noLeak).toBe(true);
    const keys = Object.keys(toAnalysisJournal(seekerJournal({ months: steady() })));
    expect(keys.sort()).toEqual([
      'benefit_end',
      'category',
      'digital_access',
      'home_commune',
      'modality',
      'months',
      'ore',
      'registered_on',
    ]);
    for (const personal of PERSONAL) expect(keys).not.toContain(personal);
    for (const key of keys) expect(key).not.toMatch(/name|birth|seeker|counsellor|^id$|_id$/);
  });

  it('two people differing only by name, birth year and identifiers get identical results', () => {
    const months = mergeMonths(
      steady({ '2026-05': { mood: 1, comment: 'Je suis découragée, ça ne sert à rien' } }).filter(
        (m) => m.period !== '2026-02',
      ),
      monthsWith('2026-03', 3, 4, { action: { commune: PARIS } }),
    );
    const camille = seekerJournal({ months, benefit_end: '2026-08-01' });
    const other = {
      ...camille,
      seeker_id: 'X-9876',
      first_name: 'Mohamed',
      last_name: 'Benali',
      birth_year: 1961,
      counsellor_id: 'CNS-42',
    };
    const a = analyze(toAnalysisJournal(camille));
    const b = analyze(toAnalysisJournal(other));
    expect(a.signals.length).toBeGreaterThanOrEqual(4);
    expect(b).toEqual(a);
  });

  it('holds for generated journals and people', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.option(fc.integer({ min: 1940, max: 2008 }), { nil: null }),
        fc.stringMatching(/^[A-Za-z0-9-]{1,32}$/),
        ({ asOf, j }, first_name, last_name, birth_year, seeker_id) => {
          const { home_commune, ...rest } = j;
          const base = seekerJournal({ ...rest, commune: home_commune });
          const person = {
            ...base,
            first_name,
            last_name,
            birth_year,
            seeker_id,
            counsellor_id: `C-${seeker_id}`,
          };
          expect(analyze(toAnalysisJournal(person), asOf)).toEqual(
            analyze(toAnalysisJournal(base), asOf),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
