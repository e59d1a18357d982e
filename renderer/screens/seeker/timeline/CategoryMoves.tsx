import { useTranslation } from 'react-i18next';
import type { CategoryMove } from '../../../../shared/journal/category-moves';
import { formatLongDate } from '../../../format';
import { useCategoryText } from '../category-text';

/**
 * Moves between categories, one sentence each: in one month of the timeline, as facts of
 * that month, or all of them in the report's identity (`className` there).
 */
export function CategoryMoves({
  moves,
  className = 'category-moves',
}: {
  moves: readonly CategoryMove[];
  className?: string;
}) {
  const { t } = useTranslation();
  const categoryText = useCategoryText();
  if (moves.length === 0) return null;
  return (
    <ul className={className}>
      {moves.map((move) => (
        <li key={move.date} data-testid="category-move">
          {t('seeker.timeline.categoryMove', {
            date: formatLongDate(move.date),
            from: categoryText(move.from),
            to: categoryText(move.to),
          })}
        </li>
      ))}
    </ul>
  );
}
