// Which settings version is in force (when, by whom, why), and the versions before it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsVersionInfo } from '../../../shared/api/settings';
import { formatTimestamp } from '../../format';

/** For the built-in version, which nobody saved, for no stated reason. */
const NONE = '—';

/** « Name (id) », or the id alone for a user no longer in the table. */
function useAuthor(): (version: SettingsVersionInfo) => string {
  const { t } = useTranslation();
  return (version) =>
    version.changedByName === null
      ? (version.changedBy ?? '')
      : t('settings.version.who', { name: version.changedByName, id: version.changedBy });
}

/** The version in force; `children`: what the person may do with it. */
export function CurrentVersion({
  current,
  children,
}: {
  current: SettingsVersionInfo;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const author = useAuthor();
  return (
    <div className="settings-version" data-testid="settings-version">
      <p className="settings-version-label">
        {t('settings.version.current', { version: current.version })}
      </p>
      {current.changedAt === null ? (
        <p>{t('settings.version.builtIn')}</p>
      ) : (
        <>
          <p>
            {t('settings.version.changed', {
              date: formatTimestamp(current.changedAt),
              who: author(current),
            })}
          </p>
          <p>{t('settings.version.reason', { reason: current.reason })}</p>
        </>
      )}
      {children}
    </div>
  );
}

/** The versions before the one in force, newest first. */
export function VersionHistory({ history }: { history: SettingsVersionInfo[] }) {
  const { t } = useTranslation();
  const author = useAuthor();
  return (
    <>
      <h3>{t('settings.version.historyTitle')}</h3>
      {history.length === 0 ? (
        <p>{t('settings.version.noHistory')}</p>
      ) : (
        <table className="settings-table" data-testid="settings-history">
          <caption className="visually-hidden">{t('settings.version.historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settings.version.columns.version')}</th>
              <th scope="col">{t('settings.version.columns.date')}</th>
              <th scope="col">{t('settings.version.columns.by')}</th>
              <th scope="col">{t('settings.version.columns.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>
                  {version.changedAt === null ? (
                    t('settings.version.builtInRow')
                  ) : (
                    <time dateTime={version.changedAt}>{formatTimestamp(version.changedAt)}</time>
                  )}
                </td>
                <td>{author(version) || NONE}</td>
                <td>{version.reason ?? NONE}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
