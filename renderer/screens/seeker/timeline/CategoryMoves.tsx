import { useTranslation } from 'react-i18next';
import type { CategoryMove } from '../../../../shared/journal/category-moves';
import { formatLongDate } from '../../../format';
import { useCategoryText } from '../category-text';

/** The moves between categories in one month of the timeline, as facts of that month. */
export function CategoryMoves({ moves }: { moves: readonly CategoryMove[] }) {
  const { t } = useTranslation();
  const categoryText = useCategoryText();
  if (moves.length === 0) return null;
  return (
    <ul className="category-moves">
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
