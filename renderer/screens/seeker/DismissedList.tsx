// Recommendations set aside, with the counsellor's reason: the record of why the
// analysis's proposal was not followed.
import { useTranslation } from 'react-i18next';
import type { DismissalRecord } from '../../../shared/api/contract';
import { formatLongDate } from '../../format';
import { recommendationLabel } from './recommendation-label';

export function DismissedList({ dismissals }: { dismissals: readonly DismissalRecord[] }) {
  const { t } = useTranslation();
  return (
    <section className="seeker-panel" aria-labelledby="dismissed-title" data-testid="dismissed">
      <h2 id="dismissed-title">{t('seeker.sections.dismissed')}</h2>
      {dismissals.length === 0 ? (
        <p className="hint">{t('seeker.dismissed.none')}</p>
      ) : (
        <ul className="dismissed-list">
          {dismissals.map((dismissal) => (
            <li
              key={`${dismissal.recommendationId}-${dismissal.dismissedOn}`}
              data-recommendation-id={dismissal.recommendationId}
            >
              <strong>{recommendationLabel(dismissal.recommendationId)}</strong>
              <span className="hint">
                {t('seeker.dismissed.on', { date: formatLongDate(dismissal.dismissedOn) })}
              </span>
              <p>{t('seeker.dismissed.reason', { reason: dismissal.reason })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
