// Recommendation names come from the catalogue a team lead can edit, not from the
// screen's strings: the plan and the dismissals must name them the same way.
import { RECOMMENDATION_CATALOGUE } from '../../../shared/analysis/recommendations';
import type { RecommendationId } from '../../../shared/analysis/types';

export function recommendationLabel(id: RecommendationId): string {
  return RECOMMENDATION_CATALOGUE.find((entry) => entry.id === id)?.label.fr ?? id;
}

export function recommendationDescription(id: RecommendationId): string | null {
  return RECOMMENDATION_CATALOGUE.find((entry) => entry.id === id)?.description.fr ?? null;
}
