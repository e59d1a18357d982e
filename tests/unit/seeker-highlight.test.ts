import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../shared/analysis/types';
import type { JournalAction } from '../../shared/journal/contract';
import {
  NO_HIGHLIGHT,
  firstHighlighted,
  highlightOf,
} from '../../renderer/screens/seeker/highlight';
import type { TimelineEntry } from '../../renderer/screens/seeker/timeline-model';
import { severityLevel } from '../../renderer/screens/seeker/severity';

const evidence = (periods: string[], actionIds: string[]): Evidence => ({
  key: 'k',
  params: {},
  periods,
  actionIds,
});

const actionWithId = (id: string) => ({ id }) as JournalAction;

function declared(period: string, actionIds: string[]): TimelineEntry {
  return {
    kind: 'declared',
    period,
    standing: 'due',
    month: {
      period,
      submitted_at: null,
      entered_by: 'seeker',
      mood: null,
      comment: null,
      actions: [],
    },
    actions: actionIds.map(actionWithId),
  };
}

const timeline: TimelineEntry[] = [
  declared('2026-05', ['A9', 'A8']),
  { kind: 'gap', period: '2026-04', standing: 'due' },
  declared('2026-03', ['A2', 'A1']),
];

describe('seeker highlight', () => {
  it('gathers the periods and actions of every piece of evidence', () => {
    const highlight = highlightOf([
      evidence(['2026-03'], ['A1']),
      evidence(['2026-04'], ['A2', 'A1']),
    ]);
    expect([...highlight.periods].sort()).toEqual(['2026-03', '2026-04']);
    expect([...highlight.actionIds].sort()).toEqual(['A1', 'A2']);
  });

  it('scrolls to the newest month the evidence names', () => {
    expect(firstHighlighted(timeline, highlightOf([evidence(['2026-03', '2026-04'], [])]))).toEqual(
      {
        kind: 'period',
        period: '2026-04',
      },
    );
  });

  it('scrolls to an action when the evidence names actions only', () => {
    expect(firstHighlighted(timeline, highlightOf([evidence([], ['A1', 'A8'])]))).toEqual({
      kind: 'action',
      actionId: 'A8',
    });
  });

  it('prefers a month to its own actions, since the month comes first on the page', () => {
    expect(firstHighlighted(timeline, highlightOf([evidence(['2026-05'], ['A9'])]))).toEqual({
      kind: 'period',
      period: '2026-05',
    });
  });

  it('has nowhere to scroll for evidence outside the timeline', () => {
    expect(firstHighlighted(timeline, highlightOf([evidence(['2027-01'], [])]))).toBeNull();
    expect(firstHighlighted(timeline, NO_HIGHLIGHT)).toBeNull();
  });

  it('names severities in three levels', () => {
    expect(severityLevel(0.1)).toBe('low');
    expect(severityLevel(0.34)).toBe('medium');
    expect(severityLevel(0.66)).toBe('medium');
    expect(severityLevel(0.67)).toBe('high');
    expect(severityLevel(1)).toBe('high');
  });
});
