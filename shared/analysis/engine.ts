// analyzeSeeker: one journal in, indicators, signals, attention and ranked
// recommendations out. Pure and deterministic: the same input gives the same result,
// whatever the order of actions in the file, and nothing personal is in the input.
import type { Referentials } from '../reference/referentials';
import { attentionScore } from './attention';
import { monthlyIndicatorColumns, monthlyIndicators } from './indicators';
import type { FlatMonths } from '../journal/write-encoding';
import { buildJournalView, buildJournalViewFromFlat } from './journal-view';
import type { JournalView } from './journal-view';
import { rankRecommendations } from './recommendations';
import type { CatalogueEntry } from './recommendations';
import type { AnalysisSettings } from './settings';
import { DEFAULT_SETTINGS } from './settings';
import { detectSignals } from './signals';
import {
  storedIndicatorColumns,
  storedRecommendations,
  stringifyStoredResult,
} from './stored-result';
import type { AnalysisJournal, AnalysisProfile, AnalysisResult, Dismissal } from './types';

/**
 * Bumped when a rule or the reference data change, so stored results say which engine
 * made them and older ones are analysed again (1.1.0: ROME 4.0 codes are known, the categories
 * not expected to search get no search-intensity signal, and the month just ended is pending, not missing, until its declaration closes).
 */
export const ENGINE_VERSION = '1.1.0';

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

/** A result and its stored JSON (stored-result.ts), without the rows of indicators. */
export interface StoredAnalysis {
  result: Omit<AnalysisResult, 'indicators'>;
  json: string;
}

/**
 * analyzeEncodedSeeker for storing: the result without its indicator rows, and the
 * JSON stringifyStoredResult would give for the whole result. The months are counted
 * straight into the stored columns (monthlyIndicatorColumns), never into rows.
 */
export function analyzeEncodedSeekerForStorage(
  journal: AnalysisProfile,
  months: FlatMonths,
  context: AnalysisContext,
): StoredAnalysis {
  const view = buildJournalViewFromFlat(journal, months, context.refs, context.asOf);
  const columns = monthlyIndicatorColumns(view, journal);
  if (columns === null) {
    const whole = analyzeView(journal, view, context);
    const { indicators: _rows, ...result } = whole;
    return { result, json: stringifyStoredResult(whole) };
  }
  const { signals, attention, recommendations, settings } = findings(journal, view, context);
  // The keys in the order of analyzeView's result, which stringifyStoredResult keeps.
  const stored = {
    asOf: context.asOf,
    attention,
    indicators: storedIndicatorColumns(columns),
    signals,
    recommendations: storedRecommendations(recommendations, signals),
    engineVersion: ENGINE_VERSION,
    settingsVersion: settings.version,
  };
  return {
    result: {
      asOf: stored.asOf,
      attention,
      signals,
      recommendations,
      engineVersion: stored.engineVersion,
      settingsVersion: stored.settingsVersion,
    },
    json: JSON.stringify(stored),
  };
}

/** Signals, attention and recommendations: everything but the indicators. */
function findings(journal: AnalysisProfile, view: JournalView, context: AnalysisContext) {
  const settings = context.settings ?? DEFAULT_SETTINGS;
  const signals = detectSignals({ journal, view, refs: context.refs, settings });
  return {
    settings,
    signals,
    attention: attentionScore(signals, settings),
    recommendations: rankRecommendations({
      signals,
      view,
      oreRome: journal.ore.rome,
      refs: context.refs,
      settings,
      ...(context.catalogue ? { catalogue: context.catalogue } : {}),
      ...(context.dismissals ? { dismissals: context.dismissals } : {}),
    }),
  };
}

function analyzeView(
  journal: AnalysisProfile,
  view: JournalView,
  context: AnalysisContext,
): AnalysisResult {
  const { signals, attention, recommendations, settings } = findings(journal, view, context);
  return {
    asOf: context.asOf,
    attention,
    indicators: monthlyIndicators(view, journal),
    signals,
    recommendations,
    engineVersion: ENGINE_VERSION,
    settingsVersion: settings.version,
  };
}
