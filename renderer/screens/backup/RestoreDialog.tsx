// Confirms a restore: it replaces everyone's data, so the dialog says so, starts on
// « Annuler », and once done tells where the safety copy is and asks to sign in again
// (every session ended with the restore). A modal <dialog>: focus stays inside it.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreResult } from '../../../shared/api/backup';
import { useApp } from '../../app/app-context';
import { useAction } from '../../app/use-action';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatTimestamp } from '../../format';

interface Props {
  backup: BackupInfo;
  onCancel: () => void;
}

export function RestoreDialog({ backup, onCancel }: Props) {
  const { t } = useTranslation();
  const { client, restart } = useApp();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { pending, error, value: done, run } = useAction<RestoreResult>();
  const ids = { title: useId(), explanation: useId() };

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    // showModal focuses the first button (« Restaurer »): the safe choice gets it instead.
    cancelRef.current?.focus();
    return () => dialog?.close();
  }, []);

  const confirm = () => run(() => client.invoke('backup.restore', { name: backup.name }));

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog restore-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.explanation}
      onCancel={(event) => {
        event.preventDefault();
        if (done) restart();
        else if (!pending) onCancel();
      }}
    >
      <h2 id={ids.title}>
        {t('backup.dialog.title', { date: formatTimestamp(backup.createdAt) })}
      </h2>
      <p id={ids.explanation}>{t('backup.dialog.explanation')}</p>
      {error !== null && <ErrorMessage error={error} />}
      {done ? (
        <>
          <p role="status">{t('backup.dialog.done', { safety: done.safetyBackup })}</p>
          <div className="dialog-buttons">
            <button type="button" className="primary" autoFocus onClick={restart}>
              {t('backup.dialog.signInAgain')}
            </button>
          </div>
        </>
      ) : (
        <div className="dialog-buttons">
          <button type="button" className="danger" disabled={pending} onClick={confirm}>
            {pending ? t('backup.dialog.confirming') : t('backup.dialog.confirm')}
          </button>
          <button type="button" ref={cancelRef} disabled={pending} onClick={onCancel}>
            {t('backup.dialog.cancel')}
          </button>
        </div>
      )}
    </dialog>
  );
}
