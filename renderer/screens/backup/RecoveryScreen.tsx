// Shown instead of the app when the database could not be opened at start (recovery
// mode): what happened, which file, what to do, and, when it helps, the newest verified
// backup to put back. Nobody is signed in here: see docs/reliability.md for why anyone
// at the workstation may restore.
import { useTranslation } from 'react-i18next';
import type { StartupProblem, StartupRestoreResult } from '../../../shared/api/backup';
import type { AppClient } from '../../api/client';
import { useAction } from '../../app/use-action';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatTimestamp } from '../../format';
import './backup.css';

interface Props {
  client: AppClient;
  problem: StartupProblem;
  onRestored: () => void;
}

export function RecoveryScreen({ client, problem, onRestored }: Props) {
  const { t } = useTranslation();
  const { pending, error, value: done, run } = useAction<StartupRestoreResult>();
  const latest = problem.latestBackup;

  const restore = () => run(() => client.invoke('backup.restoreLatestAtStartup', {}));

  return (
    <main className="recovery-screen" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('backup.recovery.title')}</h1>
      <div role="alert">
        <p>{t(`backup.recovery.problems.${problem.kind}`)}</p>
        <p>{t(`backup.recovery.todo.${problem.kind}`)}</p>
      </div>
      <p className="recovery-file">{t('backup.recovery.file', { path: problem.databasePath })}</p>
      <p className="recovery-detail">{t('backup.recovery.detail', { detail: problem.detail })}</p>
      <p>
        {latest
          ? t('backup.recovery.latest', {
              date: formatTimestamp(latest.createdAt),
              name: latest.name,
            })
          : t('backup.recovery.noBackup')}
      </p>
      {error !== null && <ErrorMessage error={error} />}
      {done ? (
        <>
          <p role="status">
            {t('backup.recovery.restored', { path: done.damagedCopy ?? problem.databasePath })}
          </p>
          <button type="button" className="primary" autoFocus onClick={onRestored}>
            {t('backup.recovery.continue')}
          </button>
        </>
      ) : (
        problem.canRestore && (
          <button type="button" className="primary" disabled={pending} onClick={restore}>
            {pending ? t('backup.recovery.restoring') : t('backup.recovery.restore')}
          </button>
        )
      )}
    </main>
  );
}
