// Recommendation names come from the catalogue, not from the screen's strings: the plan
// and the dismissals must name them the same way, in the interface's language.
import type { RecommendationId } from '../../../shared/analysis/types';
import { recommendationName, recommendationText } from '../../i18n/analysis';

export function recommendationLabel(id: RecommendationId): string {
  return recommendationName(id);
}

export function recommendationDescription(id: RecommendationId): string | null {
  return recommendationText(id);
}
