// What the engine finds for one person at past dates, for the dashboard's months: the
// signals and the attention score only. It is analyzeSeeker's own first half
// (engine.ts), without the monthly indicators and the recommendations, which the
// dashboard does not show and which cost about as much again.
import { attentionScore } from '../analysis/attention';
import { buildJournalView } from '../analysis/journal-view';
import type { AnalysisSettings } from '../analysis/settings';
import { detectSignals } from '../analysis/signals';
import type { AnalysisJournal } from '../analysis/types';
import type { Referentials } from '../reference/referentials';
import { journalViewAt } from './journal-view-at';
import type { SeekerStanding } from './portfolio-figures';

export interface StandingContext {
  refs: Referentials;
  settings: AnalysisSettings;
}

/** The standing at each date (YYYY-MM-DD), in the order given. */
export function standingsAt(
  journal: AnalysisJournal,
  dates: readonly string[],
  { refs, settings }: StandingContext,
): SeekerStanding[] {
  if (dates.length === 0) return [];
  const latest = dates.reduce((a, b) => (a > b ? a : b));
  const latestView = buildJournalView(journal, refs, latest);
  return dates.map((asOf) => {
    const view = asOf === latest ? latestView : journalViewAt(latestView, asOf);
    const signals = detectSignals({ journal, view, refs, settings });
    return { attention: attentionScore(signals, settings), signals: signals.map((s) => s.id) };
  });
}
