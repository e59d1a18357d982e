// Who read a person's file (the access log), newest first: the DPO's screen shows it and
// the right-of-access document prints it.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ACCESS_KINDS } from '../../../shared/api/dpo';
import type { AccessLogEntry } from '../../../shared/api/dpo';
import { isRole } from '../../../shared/auth/roles';
import { formatTimestamp } from '../../format';

function detailOf(t: TFunction, entry: AccessLogEntry): string {
  if (entry.portfolio !== null) {
    return t('dpo.reads.portfolio', {
      counsellors: entry.portfolio.join(', '),
      count: entry.seekers ?? 0,
    });
  }
  const { reason, fileName } = entry.details;
  if (typeof reason === 'string') return t('dpo.reads.reason', { reason });
  if (typeof fileName === 'string') return t('dpo.reads.file', { fileName });
  return t('dpo.reads.none');
}

export function ReadsTable({ reads, name }: { reads: readonly AccessLogEntry[]; name: string }) {
  const { t } = useTranslation();
  if (reads.length === 0) return <p>{t('dpo.reads.empty')}</p>;
  return (
    <table className="trail-table dpo-reads">
      <caption className="visually-hidden">{t('dpo.reads.caption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dpo.reads.at')}</th>
          <th scope="col">{t('dpo.reads.reader')}</th>
          <th scope="col">{t('dpo.reads.role')}</th>
          <th scope="col">{t('dpo.reads.what')}</th>
          <th scope="col">{t('dpo.reads.details')}</th>
        </tr>
      </thead>
      <tbody>
        {reads.map((entry) => (
          <tr key={entry.accessRef}>
            <td>
              <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
            </td>
            <td>
              {entry.readerName === null
                ? entry.reader
                : t('dpo.reads.readerWithName', { name: entry.readerName, id: entry.reader })}
            </td>
            <td>
              {isRole(entry.readerRole) ? t(`common.roles.${entry.readerRole}`) : entry.readerRole}
            </td>
            <td>
              {ACCESS_KINDS.find((kind) => kind === entry.what)
                ? t(`dpo.what.${entry.what}`)
                : entry.what}
            </td>
            <td>{detailOf(t, entry)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
