import { declarationCalendar } from '../../shared/analysis/declaration-calendar';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { describe, expect, it } from 'vitest';
import type { MonthlyIndicators } from '../../shared/analysis/types';
import type { JournalAction, JournalMonth } from '../../shared/journal/contract';
import {
  buildTimeline,
  nextPeriod,
  periodsBetween,
} from '../../renderer/screens/seeker/timeline-model';

function action(id: string, date: string): JournalAction {
  return {
    id,
    date,
    type: 'application_offer',
    rome: null,
    employer: null,
    commune: null,
    channel: null,
    outcome: 'pending',
    note: null,
  };
}

function month(period: string, actions: JournalAction[] = []): JournalMonth {
  return { period, submitted_at: null, entered_by: 'seeker', mood: 3, comment: null, actions };
}

function indicatorRow(period: string): MonthlyIndicators {
  return { period } as MonthlyIndicators;
}

describe('seeker timeline model', () => {
  it('steps months across a year end', () => {
    expect(nextPeriod('2025-12')).toBe('2026-01');
    expect(nextPeriod('2026-09')).toBe('2026-10');
    expect(periodsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(periodsBetween('2026-03', '2026-02')).toEqual([]);
  });

  it('lists every month newest first, the undeclared ones as gaps', () => {
    const timeline = buildTimeline([month('2026-01'), month('2026-04')], []);
    expect(timeline.map((entry) => [entry.period, entry.kind])).toEqual([
      ['2026-04', 'declared'],
      ['2026-03', 'gap'],
      ['2026-02', 'gap'],
      ['2026-01', 'declared'],
    ]);
  });

  it('extends to the months the analysis expects, so trailing silence shows as gaps', () => {
    const timeline = buildTimeline(
      [month('2026-02')],
      ['2026-01', '2026-02', '2026-03'].map(indicatorRow),
    );
    expect(timeline.map((entry) => `${entry.period}:${entry.kind}`)).toEqual([
      '2026-03:gap',
      '2026-02:declared',
      '2026-01:gap',
    ]);
  });

  it('says which months are not silences yet: the one in progress and the one being declared', () => {
    const rows = ['2026-10', '2026-11', '2026-12'].map(indicatorRow);
    const standings = (asOf: string) =>
      buildTimeline(
        [month('2026-10')],
        rows,
        declarationCalendar(asOf, DEFAULT_SETTINGS.declarationWindow),
      ).map((entry) => `${entry.period}:${entry.kind}:${entry.standing}`);
    expect(standings('2026-12-07')).toEqual([
      '2026-12:gap:in_progress',
      '2026-11:gap:pending',
      '2026-10:declared:due',
    ]);
    // From the 16th, November is missing; from the 28th December is being declared.
    expect(standings('2026-12-16')).toEqual([
      '2026-12:gap:in_progress',
      '2026-11:gap:due',
      '2026-10:declared:due',
    ]);
    expect(standings('2026-12-28')[0]).toBe('2026-12:gap:pending');
    // Without a calendar (a controller's history), every month is due.
    expect(buildTimeline([month('2026-10')], rows).map((entry) => entry.standing)).toEqual([
      'due',
      'due',
      'due',
    ]);
  });

  it('orders a month’s actions newest first without touching the journal', () => {
    const actions = [
      action('A1', '2026-02-03'),
      action('A3', '2026-02-20'),
      action('A2', '2026-02-20'),
    ];
    const journalMonth = month('2026-02', actions);
    const [entry] = buildTimeline([journalMonth], []);
    expect(entry?.kind === 'declared' && entry.actions.map((a) => a.id)).toEqual([
      'A3',
      'A2',
      'A1',
    ]);
    expect(journalMonth.actions.map((a) => a.id)).toEqual(['A1', 'A3', 'A2']);
  });

  it('is empty for a journal the analysis knows nothing about', () => {
    expect(buildTimeline([], [])).toEqual([]);
  });
});
