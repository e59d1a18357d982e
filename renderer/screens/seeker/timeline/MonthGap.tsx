import { useTranslation } from 'react-i18next';
import type {
  DeclarationCalendar,
  MonthStanding,
} from '../../../../shared/analysis/declaration-calendar';
import { formatMonth } from '../../../format';
import type { CategoryMove } from '../../../../shared/journal/category-moves';
import { CategoryMoves } from './CategoryMoves';
import { HighlightMarker } from './HighlightMarker';
import { MonthStandingNote } from './MonthStandingNote';

interface Props {
  period: string;
  standing: MonthStanding;
  calendar: DeclarationCalendar | null;
  highlighted: boolean;
  /** The seeker page shows them; the controller's history shows the journal only. */
  categoryMoves?: readonly CategoryMove[];
}

/**
 * A month the person did not declare: kept in place so the silence is visible, once it
 * is due; the month in progress and the one still being declared say so instead.
 */
export function MonthGap({ period, standing, calendar, highlighted, categoryMoves = [] }: Props) {
  const { t } = useTranslation();
  const headingId = `month-${period}`;
  const due = standing === 'due' || calendar === null;
  return (
    <section
      className={`timeline-month is-gap is-${standing.replace('_', '-')}${highlighted ? ' is-highlighted' : ''}`}
      data-period={period}
      data-standing={standing}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {formatMonth(period)}
        {highlighted && <HighlightMarker />}
      </h3>
      <CategoryMoves moves={categoryMoves} />
      {due ? (
        <p className="gap-text">{t('seeker.timeline.gap')}</p>
      ) : (
        <p className="gap-text">
          <MonthStandingNote standing={standing} calendar={calendar} />
        </p>
      )}
    </section>
  );
}
