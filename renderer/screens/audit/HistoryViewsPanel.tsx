// On the counsellor's portfolio: which controllers read the journal of one of their
// seekers, when and why (the journal is a support tool; such a view is never silent).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryViewRecord } from '../../../shared/api/audit';
import { useApi } from '../../app/use-api';
import { hashOf } from '../../app/routes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatTimestamp } from '../../format';
import { actorLabel } from './audit-labels';
import '../../styles/history-audit.css';

export function HistoryViewsPanel() {
  const { t } = useTranslation();
  const titleId = useId();
  const [views, reload] = useApi('audit.historyViews', {});

  return (
    <section className="history-views-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t('audit.historyViews.title')}
        {views.value && (
          <span className="history-views-count">
            {' '}
            ({t('audit.historyViews.count', { count: views.value.length })})
          </span>
        )}
      </h2>
      {views.status === 'error' && <ErrorMessage error={views.error} onRetry={reload} />}
      {views.value === undefined ? (
        views.status === 'loading' && <p>{t('audit.historyViews.loading')}</p>
      ) : views.value.length === 0 ? (
        <p>{t('audit.historyViews.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('audit.historyViews.intro')}</p>
          <HistoryViewsTable views={views.value} />
        </>
      )}
    </section>
  );
}

function HistoryViewsTable({ views }: { views: readonly HistoryViewRecord[] }) {
  const { t } = useTranslation();
  return (
    <div className="trail-table-scroll" tabIndex={0} aria-label={t('audit.historyViews.caption')}>
      <table className="trail-table" data-testid="history-views">
        <caption className="visually-hidden">{t('audit.historyViews.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.historyViews.at')}</th>
            <th scope="col">{t('audit.historyViews.controller')}</th>
            <th scope="col">{t('audit.historyViews.seeker')}</th>
            <th scope="col">{t('audit.historyViews.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {views.map((view) => (
            <tr key={view.entryRef}>
              <td>
                <time dateTime={view.at}>{formatTimestamp(view.at)}</time>
              </td>
              <td>{actorLabel(t, view.controller, view.controllerName)}</td>
              <td>
                <a href={hashOf({ screen: 'seeker', seekerId: view.seekerId })}>
                  {view.seekerName} ({view.seekerId})
                </a>
              </td>
              <td>{view.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
