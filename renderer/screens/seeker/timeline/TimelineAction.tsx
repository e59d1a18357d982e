import { useTranslation } from 'react-i18next';
import type { JournalAction } from '../../../../shared/journal/contract';
import { ACTION_SYMBOLS } from '../action-appearance';
import { formatDayInMonth } from '../../../format';
import { HighlightMarker } from './HighlightMarker';

interface Props {
  action: JournalAction;
  highlighted: boolean;
  romeLabel: string | undefined;
  communeName: string | undefined;
}

/**
 * One action: what, when, for which job and where, how it turned out, and its note. The
 * note is the person's own words, in French whatever the interface's language: marked so,
 * a screen reader reads it with a French voice.
 */
export function TimelineAction({ action, highlighted, romeLabel, communeName }: Props) {
  const { t } = useTranslation();
  return (
    <li
      className={`timeline-action${highlighted ? ' is-highlighted' : ''}`}
      data-action-id={action.id}
    >
      <span className="action-symbol" aria-hidden="true">
        {ACTION_SYMBOLS[action.type]}
      </span>
      <div className="action-body">
        <p className="action-line">
          <time dateTime={action.date}>{formatDayInMonth(action.date)}</time>
          <strong>{t(`seeker.actionTypes.${action.type}`)}</strong>
          {action.channel && <span>{t(`seeker.channels.${action.channel}`)}</span>}
          <span className={`outcome outcome-${action.outcome}`}>
            {t(`seeker.outcomes.${action.outcome}`)}
          </span>
          {highlighted && <HighlightMarker />}
        </p>
        <ActionDetails action={action} romeLabel={romeLabel} communeName={communeName} />
        {action.note && (
          <p className="action-note">
            <span className="note-label">{t('seeker.timeline.note')} : </span>
            <span lang="fr">{action.note}</span>
          </p>
        )}
      </div>
    </li>
  );
}

function ActionDetails({ action, romeLabel, communeName }: Omit<Props, 'highlighted'>) {
  const { t } = useTranslation();
  const details = [
    action.rome && t('seeker.timeline.job', { code: action.rome, label: romeLabel ?? '' }),
    action.employer && t('seeker.timeline.employer', { employer: action.employer }),
    action.commune && t('seeker.timeline.place', { commune: communeName ?? action.commune }),
  ].filter((detail): detail is string => Boolean(detail));
  if (details.length === 0) return null;
  return <p className="action-details">{details.join(' · ')}</p>;
}
