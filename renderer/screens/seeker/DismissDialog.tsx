// Asks why a recommendation is set aside. A modal <dialog>: the browser keeps focus
// inside it and Escape cancels; the reason is required because a dismissal is kept and
// read later by whoever follows the person next.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';

const MIN_REASON_LENGTH = 3;

interface Props {
  recommendationLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

export function DismissDialog({ recommendationLabel, pending, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const ids = { title: useId(), reason: useId(), hint: useId(), problem: useId() };

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < MIN_REASON_LENGTH) {
      setTooShort(true);
      return;
    }
    onConfirm(trimmed);
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog dismiss-dialog"
      aria-labelledby={ids.title}
      onCancel={(event) => {
        // Escape: let React unmount the dialog rather than the browser close it behind its back.
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={ids.title}>{t('seeker.dismissDialog.title', { label: recommendationLabel })}</h2>
        <p>{t('seeker.dismissDialog.explanation')}</p>
        <label htmlFor={ids.reason}>{t('seeker.dismissDialog.reason')}</label>
        <textarea
          id={ids.reason}
          value={reason}
          required
          minLength={MIN_REASON_LENGTH}
          maxLength={500}
          rows={4}
          autoFocus
          aria-invalid={tooShort}
          aria-describedby={tooShort ? `${ids.hint} ${ids.problem}` : ids.hint}
          onChange={(event) => {
            setReason(event.target.value);
            if (tooShort && event.target.value.trim().length >= MIN_REASON_LENGTH)
              setTooShort(false);
          }}
        />
        <p id={ids.hint} className="hint">
          {t('seeker.dismissDialog.reasonHint')}
        </p>
        {tooShort && (
          <p id={ids.problem} className="field-error" role="alert">
            {t('seeker.dismissDialog.reasonTooShort')}
          </p>
        )}
        {error !== null && <ErrorMessage error={error} />}
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={pending}>
            {pending ? t('seeker.dismissDialog.confirming') : t('seeker.dismissDialog.confirm')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('seeker.dismissDialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
