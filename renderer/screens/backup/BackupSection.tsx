// Réglages › Sauvegardes: the copies kept beside the database, « Sauvegarder
// maintenant » (team leads and administrators), and « Restaurer » for administrators.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFolderOf } from '../../../shared/api/backup';
import type { BackupInfo } from '../../../shared/api/backup';
import { useApp } from '../../app/app-context';
import { useApi } from '../../app/use-api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber, formatTimestamp } from '../../format';
import { RestoreDialog } from './RestoreDialog';
import './backup.css';

export function BackupSection() {
  const { t } = useTranslation();
  const { client, info } = useApp();
  const [list, reload] = useApi('backup.list', {});
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<BackupInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const isAdmin = info.user?.role === 'admin';
  const folder = info.databasePath === null ? '' : backupFolderOf(info.databasePath);

  const createNow = () => {
    setCreating(true);
    setError(null);
    setCreated(null);
    client.invoke('backup.create', {}).then(
      (made) => {
        setCreating(false);
        setCreated(made);
        reload();
      },
      (failure: unknown) => {
        setCreating(false);
        setError(failure);
      },
    );
  };

  const backups = list.value ?? [];
  return (
    <section aria-labelledby="backup-title" className="backup-section">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.help')}</p>
      <p className="backup-folder">{t('backup.folder', { path: folder })}</p>
      <button type="button" className="primary" disabled={creating} onClick={createNow}>
        {creating ? t('backup.creating') : t('backup.createNow')}
      </button>
      <div aria-live="polite">
        {created && <p role="status">{t('backup.created', { name: created.name })}</p>}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      {list.status === 'error' && <ErrorMessage error={list.error} onRetry={reload} />}
      {!isAdmin && <p className="hint">{t('backup.adminOnly')}</p>}
      {list.status !== 'loading' && backups.length === 0 && <p>{t('backup.empty')}</p>}
      {backups.length > 0 && (
        <table className="backup-table">
          <caption>{t('backup.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backup.columns.createdAt')}</th>
              <th scope="col">{t('backup.columns.kind')}</th>
              <th scope="col">{t('backup.columns.size')}</th>
              <th scope="col">{t('backup.columns.verified')}</th>
              {isAdmin && <th scope="col">{t('backup.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td>{formatTimestamp(b.createdAt)}</td>
                <td>{t(`backup.kinds.${b.kind}`)}</td>
                <td>{t('backup.sizeKb', { size: formatNumber(Math.ceil(b.size / 1024)) })}</td>
                <td>{b.verified ? t('backup.verifiedYes') : t('backup.verifiedNo')}</td>
                {isAdmin && (
                  <td>
                    {b.verified && (
                      <button
                        type="button"
                        aria-label={t('backup.restoreLabel', {
                          date: formatTimestamp(b.createdAt),
                        })}
                        onClick={() => setRestoring(b)}
                      >
                        {t('backup.restore')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && <RestoreDialog backup={restoring} onCancel={() => setRestoring(null)} />}
    </section>
  );
}
