import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../../format';
import type { CategoryMove } from '../../../../shared/journal/category-moves';
import { CategoryMoves } from './CategoryMoves';
import { HighlightMarker } from './HighlightMarker';

interface Props {
  period: string;
  highlighted: boolean;
  /** The seeker page shows them; the controller's history shows the journal only. */
  categoryMoves?: readonly CategoryMove[];
}

/** A month the person did not declare: kept in place so the silence is visible. */
export function MonthGap({ period, highlighted, categoryMoves = [] }: Props) {
  const { t } = useTranslation();
  const headingId = `month-${period}`;
  return (
    <section
      className={`timeline-month is-gap${highlighted ? ' is-highlighted' : ''}`}
      data-period={period}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {formatMonth(period)}
        {highlighted && <HighlightMarker />}
      </h3>
      <CategoryMoves moves={categoryMoves} />
      <p className="gap-text">{t('seeker.timeline.gap')}</p>
    </section>
  );
}
