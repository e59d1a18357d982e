import { useTranslation } from 'react-i18next';
import type { Highlight } from '../highlight';
import type { TimelineEntry } from '../timeline-model';
import { formatMonth } from '../../../format';
import type { DeclarationCalendar } from '../../../../shared/analysis/declaration-calendar';
import type { CategoryMove } from '../../../../shared/journal/category-moves';
import { CategoryMoves } from './CategoryMoves';
import { HighlightMarker } from './HighlightMarker';
import { MonthStandingNote } from './MonthStandingNote';
import { TimelineAction } from './TimelineAction';

interface Props {
  entry: Extract<TimelineEntry, { kind: 'declared' }>;
  highlight: Highlight;
  romeLabels: Record<string, string>;
  communeNames: Record<string, string>;
  calendar: DeclarationCalendar | null;
  categoryMoves: readonly CategoryMove[];
}

/** One declared month: its mood and comment as the person wrote them, then its actions. */
export function DeclaredMonth({
  entry,
  highlight,
  romeLabels,
  communeNames,
  calendar,
  categoryMoves,
}: Props) {
  const { t } = useTranslation();
  const { period, month, actions } = entry;
  const highlighted = highlight.periods.has(period);
  const headingId = `month-${period}`;
  return (
    <section
      className={`timeline-month${highlighted ? ' is-highlighted' : ''}`}
      data-period={period}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {formatMonth(period)}
        {highlighted && <HighlightMarker />}
      </h3>
      {entry.standing === 'in_progress' && (
        <p className="month-standing-line">
          <MonthStandingNote standing={entry.standing} calendar={calendar} />
        </p>
      )}
      <CategoryMoves moves={categoryMoves} />
      <p className="month-summary">
        <span>{t('seeker.timeline.actionCount', { count: actions.length })}</span>
        <span>
          {month.mood === null
            ? t('seeker.timeline.noMood')
            : t('seeker.timeline.mood', { mood: month.mood })}
        </span>
        {month.entered_by === 'counsellor' && (
          <span className="entered-by">{t('seeker.timeline.enteredByCounsellor')}</span>
        )}
      </p>
      {month.comment && (
        <blockquote className="month-comment">
          <span className="visually-hidden">{t('seeker.timeline.comment')} : </span>
          <span lang="fr">{month.comment}</span>
        </blockquote>
      )}
      {actions.length === 0 ? (
        <p className="hint">{t('seeker.timeline.noActions')}</p>
      ) : (
        <ol className="timeline-actions">
          {actions.map((action) => (
            <TimelineAction
              key={action.id}
              action={action}
              highlighted={highlight.actionIds.has(action.id)}
              romeLabel={action.rome ? romeLabels[action.rome] : undefined}
              communeName={action.commune ? communeNames[action.commune] : undefined}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
