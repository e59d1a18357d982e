// The analysis engine's words in the interface's language. The engine stores keys and
// parameters (evidence) and ids (signals, recommendations); shared/analysis/messages.ts
// and the recommendation catalogue hold their French and English wording.
import { renderEvidence, signalLabel } from '../../shared/analysis/messages';
import { RECOMMENDATION_CATALOGUE } from '../../shared/analysis/recommendations';
import type { Evidence, RecommendationId, SignalId } from '../../shared/analysis/types';
import { currentLocale } from './current';

export function signalName(id: SignalId, locale = currentLocale()): string {
  return signalLabel(id, locale);
}

export function evidenceText(evidence: Evidence, locale = currentLocale()): string {
  return renderEvidence(evidence, locale);
}

/** A recommendation's built-in label (the settings screen shows the version in force). */
export function recommendationName(id: RecommendationId, locale = currentLocale()): string {
  return RECOMMENDATION_CATALOGUE.find((entry) => entry.id === id)?.label[locale] ?? id;
}

export function recommendationText(id: RecommendationId, locale = currentLocale()): string | null {
  return RECOMMENDATION_CATALOGUE.find((entry) => entry.id === id)?.description[locale] ?? null;
}
