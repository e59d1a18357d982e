// The report's summary of a journal, computed through the engine's own month rows, on
// journals whose figures can be counted by hand.
import { describe, expect, it } from 'vitest';
import { monthlyIndicators } from '../../shared/analysis/indicators';
import { buildJournalView } from '../../shared/analysis/journal-view';
import type { AnalysisJournal } from '../../shared/analysis/types';
import { declarationCalendar } from '../../shared/analysis/declaration-calendar';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { keyFigures } from '../../shared/report/key-figures';
import { loadReferentials } from '../../server/reference/load-reference';
import { act, journal, month } from '../helpers/analysis-journals';

const refs = loadReferentials();

function figures(j: AnalysisJournal, asOf: string) {
  const indicators = monthlyIndicators(buildJournalView(j, refs, asOf), j);
  return keyFigures(
    indicators,
    j.months,
    declarationCalendar(asOf, DEFAULT_SETTINGS.declarationWindow),
  );
}

describe('report key figures', () => {
  const AS_OF = '2025-04-20';
  const fourMonths = journal({
    registered_on: '2025-01-10',
    months: [
      month(
        '2025-01',
        [
          act('a1', '2025-01-06', { outcome: 'rejected' }),
          act('a2', '2025-01-09', { outcome: 'rejected' }),
          act('a3', '2025-01-13', { outcome: 'interview' }),
          act('a4', '2025-01-20', { outcome: 'no_response' }),
        ],
        { mood: 2 },
      ),
      // February: no journal.
      month('2025-03', [act('t1', '2025-03-04', { type: 'training', outcome: 'done' })], {
        entered_by: 'counsellor',
        mood: null,
      }),
      month(
        '2025-04',
        [
          act('b1', '2025-04-02', { outcome: 'offer' }),
          act('b2', '2025-04-08'),
          act('b3', '2025-04-15'),
          // After the reference date: not part of the report.
          act('b4', '2025-04-25', { outcome: 'hired' }),
        ],
        { mood: 4 },
      ),
    ],
  });

  it('counts the months, actions and answers up to the reference date', () => {
    expect(figures(fourMonths, AS_OF)).toEqual({
      firstPeriod: '2025-01',
      lastPeriod: '2025-04',
      monthsCovered: 4,
      // On 20 April, April is in progress and March's declaration has closed.
      monthsDue: 3,
      monthsDeclared: 2,
      monthsEnteredByCounsellor: 1,
      actions: 8,
      applications: 7,
      answers: 4,
      responseRate: 4 / 7,
      interviews: 1,
      offers: 1,
      averageMood: 3,
      // The last three complete months, as declining_activity counts them: January 4,
      // February 0, March 1. April, in progress, is not one of them.
      recentActionsPerMonth: 1.7,
      recentPeriods: { from: '2025-01', to: '2025-03' },
      lastActionOn: '2025-04-15',
    });
  });

  it('counts the month just ended once the 28th has come, the same months as the signal', () => {
    const on28 = figures(fourMonths, '2025-04-28');
    expect(on28.recentPeriods).toEqual({ from: '2025-02', to: '2025-04' });
    // February 0, March 1, April 4 (b4 on the 25th now happened).
    expect(on28.recentActionsPerMonth).toBe(1.7);
    expect(figures(fourMonths, '2025-04-27').recentPeriods).toEqual({
      from: '2025-01',
      to: '2025-03',
    });
  });

  it('says « none » rather than zero where nothing was declared', () => {
    const empty = figures(journal({ registered_on: '2025-04-02', months: [] }), AS_OF);
    expect(empty).toMatchObject({
      firstPeriod: '2025-04',
      lastPeriod: '2025-04',
      monthsCovered: 1,
      monthsDue: 0,
      monthsDeclared: 0,
      actions: 0,
      responseRate: null,
      averageMood: null,
      recentActionsPerMonth: 0,
      lastActionOn: null,
    });
  });
});
