import { describe, expect, it } from 'vitest';
import type { MonthlyIndicators } from '../../shared/analysis/types';
import {
  actionsSeries,
  chartedMonths,
  distanceAxisMax,
  distanceSeries,
  funnelSeries,
  moodSeries,
  targetsSummary,
} from '../../renderer/screens/seeker/chart-series';

function row(period: string, fields: Partial<MonthlyIndicators> = {}): MonthlyIndicators {
  return {
    period,
    declared: true,
    enteredBy: 'seeker',
    mood: null,
    actions: 0,
    actionsByType: {},
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
    ...fields,
  };
}

const indicators = [
  row('2026-01', {
    actions: 3,
    actionsByType: { follow_up: 1, application_offer: 2 },
    applications: 2,
    answers: 1,
    interviews: 1,
    applicationsByFamily: { K: 2 },
    shareWithinOre: 0.5,
    medianDistanceKm: 12.5,
    shareBeyondRadius: 0.5,
    mood: 4,
  }),
  row('2026-02', { declared: false, enteredBy: null }),
  row('2026-03', {
    actions: 4,
    actionsByType: { application_spontaneous: 3, job_interview: 1 },
    applications: 3,
    offers: 1,
    applicationsByFamily: { K: 1, N: 2 },
    shareWithinOre: 0.333,
    medianDistanceKm: 40,
    mood: 2,
  }),
];

describe('seeker chart series', () => {
  it('stacks only the action types present, in the contract’s order, zero elsewhere', () => {
    const { types, rows } = actionsSeries(indicators);
    expect(types).toEqual([
      'application_offer',
      'application_spontaneous',
      'follow_up',
      'job_interview',
    ]);
    expect(rows[0]).toEqual({
      period: '2026-01',
      declared: true,
      total: 3,
      byType: { application_offer: 2, application_spontaneous: 0, follow_up: 1, job_interview: 0 },
    });
    expect(rows[1]?.declared).toBe(false);
    expect(rows.map((r) => r.period)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('keeps the four funnel steps per month', () => {
    expect(funnelSeries(indicators)[0]).toEqual({
      period: '2026-01',
      declared: true,
      applications: 2,
      answers: 1,
      interviews: 1,
      offers: 0,
    });
    expect(funnelSeries(indicators)[2]?.offers).toBe(1);
  });

  it('sums applications by grand domaine and marks the ORE’s own domaines', () => {
    const summary = targetsSummary(indicators, ['N']);
    expect(summary.families).toEqual([
      { family: 'K', applications: 3, oreFamily: false },
      { family: 'N', applications: 2, oreFamily: true },
    ]);
  });

  it('weights each month’s share within the ORE by its targeted applications', () => {
    // 0.5 × 2 + 0.333 × 3 = 1 + 1: an average of the two shares would say 42 %, not 2 of 5.
    const summary = targetsSummary(indicators, []);
    expect(summary.targeted).toBe(5);
    expect(summary.withinOre).toBe(2);
  });

  it('says nothing within the ORE when no application had a ROME code', () => {
    expect(targetsSummary([row('2026-01')], ['K'])).toEqual({
      families: [],
      targeted: 0,
      withinOre: 0,
    });
  });

  it('keeps months without distance or mood as holes, not zeros', () => {
    expect(distanceSeries(indicators).map((r) => r.medianDistanceKm)).toEqual([12.5, null, 40]);
    expect(moodSeries(indicators).map((r) => r.mood)).toEqual([4, null, 2]);
  });

  it('reaches the distance axis past both the radius and the farthest median', () => {
    expect(distanceAxisMax(distanceSeries(indicators), 30)).toBe(50);
    expect(distanceAxisMax(distanceSeries([row('2026-01')]), 30)).toBe(35);
  });
});

describe('the months the charts draw', () => {
  const year = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'].map((period) =>
    row(period, { declared: period >= '2026-01' }),
  );
  const declared = (periods: string[]) => periods.map((period) => ({ period }));
  const periods = (rows: MonthlyIndicators[]) => rows.map((r) => r.period);

  it('start at the first declared month when the person registered before it', () => {
    const journal = { registered_on: '2024-05-02', months: declared(['2026-02', '2026-01']) };
    expect(periods(chartedMonths(year, journal))).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('start at registration when a month was declared before it', () => {
    const journal = { registered_on: '2025-12-15', months: declared(['2025-11', '2026-01']) };
    expect(periods(chartedMonths(year, journal))).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });

  it('start at registration for a person who never declared', () => {
    const journal = { registered_on: '2026-02-20', months: [] };
    expect(periods(chartedMonths(year, journal))).toEqual(['2026-02', '2026-03']);
  });
});
