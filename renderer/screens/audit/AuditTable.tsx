// The entries of the trail as a table: when, who, what, about whom, why, and the
// details in French.
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../shared/api/audit';
import { formatTimestamp } from '../../format';
import { actionLabel, actorLabel, detailsSummary } from './audit-labels';

export function AuditTable({ entries }: { entries: readonly AuditEntryView[] }) {
  const { t } = useTranslation();
  const none = t('audit.table.none');
  return (
    <table className="trail-table" data-testid="audit-entries">
      <caption className="visually-hidden">{t('audit.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.table.at')}</th>
          <th scope="col">{t('audit.table.actor')}</th>
          <th scope="col">{t('audit.table.action')}</th>
          <th scope="col">{t('audit.table.seeker')}</th>
          <th scope="col">{t('audit.table.reason')}</th>
          <th scope="col">{t('audit.table.details')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.entryRef} data-action={entry.action}>
            <td>
              <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
            </td>
            <td>{actorLabel(t, entry.actor, entry.actorName)}</td>
            <td>{actionLabel(t, entry.action)}</td>
            <td className="trail-seeker">{entry.seekerId ?? none}</td>
            <td>{entry.reason ?? none}</td>
            <td>{detailsSummary(t, entry) || none}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
