// Labels the grid, its search and the export share, in the interface's language.
import type { RecommendationId } from '../../../shared/analysis/types';
import { recommendationName } from '../../i18n/analysis';

export function recommendationLabel(id: RecommendationId | null): string {
  return id ? recommendationName(id) : '';
}
