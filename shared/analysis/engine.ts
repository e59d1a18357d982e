// analyzeSeeker: one journal in, indicators, signals, attention and ranked
// recommendations out. Pure and deterministic: the same input gives the same result,
// whatever the order of actions in the file, and nothing personal is in the input.
import type { Referentials } from '../reference/referentials';
import { attentionScore } from './attention';
import { monthlyIndicators } from './indicators';
import type { FlatMonths } from '../journal/write-encoding';
import { buildJournalView, buildJournalViewFromFlat } from './journal-view';
import type { JournalView } from './journal-view';
import { rankRecommendations } from './recommendations';
import type { CatalogueEntry } from './recommendations';
import type { AnalysisSettings } from './settings';
import { DEFAULT_SETTINGS } from './settings';
import { detectSignals } from './signals';
import type { AnalysisJournal, AnalysisProfile, AnalysisResult, Dismissal } from './types';

/** Bumped when a rule changes, so stored results say which engine made them. */
export const ENGINE_VERSION = '1.0.0';

export interface AnalysisContext {
  refs: Referentials;
  /** The reference date, YYYY-MM-DD: the analysis is "as of" this day. */
  asOf: string;
  settings?: AnalysisSettings;
  catalogue?: readonly CatalogueEntry[];
  dismissals?: readonly Dismissal[];
}

export function analyzeSeeker(journal: AnalysisJournal, context: AnalysisContext): AnalysisResult {
  return analyzeView(journal, buildJournalView(journal, context.refs, context.asOf), context);
}

/**
 * analyzeSeeker for a journal whose months are still in their stored flat encoding
 * (shared/journal/write-encoding.ts): the same result as analyzeSeeker on the decoded
 * journal, without building its months and actions twice (see buildJournalViewFromFlat).
 */
export function analyzeEncodedSeeker(
  journal: AnalysisProfile,
  months: FlatMonths,
  context: AnalysisContext,
): AnalysisResult {
  return analyzeView(
    journal,
    buildJournalViewFromFlat(journal, months, context.refs, context.asOf),
    context,
  );
}

function analyzeView(
  journal: AnalysisProfile,
  view: JournalView,
  context: AnalysisContext,
): AnalysisResult {
  const settings = context.settings ?? DEFAULT_SETTINGS;
  const signals = detectSignals({ journal, view, refs: context.refs, settings });
  return {
    asOf: context.asOf,
    attention: attentionScore(signals, settings),
    indicators: monthlyIndicators(view, journal),
    signals,
    recommendations: rankRecommendations({
      signals,
      view,
      oreRome: journal.ore.rome,
      refs: context.refs,
      settings,
      ...(context.catalogue ? { catalogue: context.catalogue } : {}),
      ...(context.dismissals ? { dismissals: context.dismissals } : {}),
    }),
    engineVersion: ENGINE_VERSION,
    settingsVersion: settings.version,
  };
}
