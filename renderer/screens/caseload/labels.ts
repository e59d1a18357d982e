// Labels the grid, its search and the export share, looked up once rather than per cell.
import { RECOMMENDATION_CATALOGUE } from '../../../shared/analysis/recommendations';
import type { RecommendationId } from '../../../shared/analysis/types';

const RECOMMENDATION_LABELS = new Map<RecommendationId, string>(
  RECOMMENDATION_CATALOGUE.map((entry) => [entry.id, entry.label.fr]),
);

export function recommendationLabel(id: RecommendationId | null): string {
  return id ? (RECOMMENDATION_LABELS.get(id) ?? id) : '';
}
