// One declared month as written: who sent it and when (a month a counsellor entered for
// the person says so), the mood in words, the comment, then each action.
import { useTranslation } from 'react-i18next';
import type { JournalAction, JournalMonth } from '../../../shared/journal/contract';
import { formatMonth, formatTimestamp } from '../../format';
import { TimelineAction } from '../seeker/timeline/TimelineAction';

interface Props {
  month: JournalMonth;
  /** Newest first, as the timeline model sorts them. */
  actions: readonly JournalAction[];
  romeLabels: Record<string, string>;
  communeNames: Record<string, string>;
}

export function HistoryMonth({ month, actions, romeLabels, communeNames }: Props) {
  const { t } = useTranslation();
  const headingId = `month-${month.period}`;
  return (
    <section className="timeline-month" data-period={month.period} aria-labelledby={headingId}>
      <h3 id={headingId}>{formatMonth(month.period)}</h3>
      <p className="month-summary">
        <DeclaredBy month={month} />
        <span>
          {month.mood === null
            ? t('history.journal.noMood')
            : t('history.journal.mood', {
                mood: month.mood,
                label: t(`history.journal.moods.${month.mood}`),
              })}
        </span>
        <span>{t('history.journal.actions', { count: actions.length })}</span>
      </p>
      {month.comment && (
        <blockquote className="month-comment">
          <span className="visually-hidden">{t('history.journal.comment')} : </span>
          {month.comment}
        </blockquote>
      )}
      {actions.length === 0 ? (
        <p className="hint">{t('history.journal.noActions')}</p>
      ) : (
        <ol className="timeline-actions">
          {actions.map((action) => (
            <TimelineAction
              key={action.id}
              action={action}
              highlighted={false}
              romeLabel={action.rome ? romeLabels[action.rome] : undefined}
              communeName={action.commune ? communeNames[action.commune] : undefined}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function DeclaredBy({ month }: { month: JournalMonth }) {
  const { t } = useTranslation();
  const at = month.submitted_at && formatTimestamp(month.submitted_at);
  if (month.entered_by === 'counsellor') {
    return (
      <span className="entered-by">
        {at
          ? t('history.journal.enteredByCounsellor', { at })
          : t('history.journal.enteredByCounsellorUndated')}
      </span>
    );
  }
  return (
    <span>
      {at
        ? t('history.journal.submittedBySeeker', { at })
        : t('history.journal.submittedBySeekerUndated')}
    </span>
  );
}
