// What selecting a signal lights up in the timeline: the months and actions its
// evidence rests on, and where to scroll so the counsellor sees the first of them.
import type { Evidence } from '../../../shared/analysis/types';
import type { TimelineEntry } from './timeline-model';

export interface Highlight {
  periods: ReadonlySet<string>;
  actionIds: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = { periods: new Set(), actionIds: new Set() };

export function highlightOf(evidence: readonly Evidence[]): Highlight {
  return {
    periods: new Set(evidence.flatMap((e) => e.periods)),
    actionIds: new Set(evidence.flatMap((e) => e.actionIds)),
  };
}

export type ScrollTarget =
  { kind: 'period'; period: string } | { kind: 'action'; actionId: string };

/**
 * The first highlighted element in the timeline's order (a month before its actions),
 * or null when the evidence points only outside the timeline (a benefit end ahead).
 */
export function firstHighlighted(
  timeline: readonly TimelineEntry[],
  highlight: Highlight,
): ScrollTarget | null {
  for (const entry of timeline) {
    if (highlight.periods.has(entry.period)) return { kind: 'period', period: entry.period };
    if (entry.kind !== 'declared') continue;
    const action = entry.actions.find((a) => highlight.actionIds.has(a.id));
    if (action) return { kind: 'action', actionId: action.id };
  }
  return null;
}
