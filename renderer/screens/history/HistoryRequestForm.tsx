// What the controller states before a journal opens: whose, and why. The reason is
// required by the handler too (at least REASON_MIN characters once trimmed); checking
// it here only saves a round trip and says what is missing beside the field.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import type { SeekerHistory } from '../../../shared/api/history';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SeekerIdInput } from '../../components/SeekerIdInput';

export const REASON_MIN = 10;
const REASON_MAX = 500;

export interface OpenedHistory {
  history: SeekerHistory;
  reason: string;
}

interface Props {
  titleId: string;
  /** Back from a journal: the keyboard focus returns to the first field. */
  focusOnMount: boolean;
  onOpened(opened: OpenedHistory): void;
}

export function HistoryRequestForm({ titleId, focusOnMount, onOpened }: Props) {
  const { t } = useTranslation();
  const { client } = useApp();
  const ids = { seeker: useId(), reason: useId(), hint: useId(), notice: useId() };
  const seekerRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [seekerId, setSeekerId] = useState('');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [opening, setOpening] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown; seekerId: string } | null>(null);

  useEffect(() => {
    if (focusOnMount) seekerRef.current?.focus();
  }, [focusOnMount]);

  const reasonLength = reason.trim().length;
  const seekerError = seekerId.trim() === '' ? t('history.form.seekerIdMissing') : null;
  const reasonError =
    reasonLength < REASON_MIN
      ? t('history.form.reasonTooShort', { min: REASON_MIN, count: reasonLength })
      : null;

  async function open(event: FormEvent) {
    event.preventDefault();
    if (opening) return;
    setChecked(true);
    if (seekerError || reasonError) {
      (seekerError ? seekerRef : reasonRef).current?.focus();
      return;
    }
    const wanted = seekerId.trim();
    setOpening(true);
    setFailure(null);
    try {
      const history = await client.invoke('history.get', {
        seekerId: wanted,
        reason: reason.trim(),
      });
      onOpened({ history, reason: reason.trim() });
    } catch (error) {
      setFailure({ error, seekerId: wanted });
      setOpening(false);
    }
  }

  const describedBy = (...parts: (string | false)[]) =>
    parts.filter(Boolean).join(' ') || undefined;

  return (
    <>
      <h1 id={titleId}>{t('history.title')}</h1>
      <p className="hint">{t('history.intro')}</p>
      <form className="history-form" noValidate onSubmit={(event) => void open(event)}>
        <div className="field">
          <label htmlFor={ids.seeker}>{t('history.form.seekerId')}</label>
          <SeekerIdInput
            id={ids.seeker}
            inputRef={seekerRef}
            value={seekerId}
            onChange={setSeekerId}
            invalid={checked && seekerError !== null}
            describedBy={describedBy(checked && seekerError !== null && `${ids.seeker}-error`)}
          />
          {checked && seekerError && (
            <p id={`${ids.seeker}-error`} className="field-error">
              {seekerError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.reason}>{t('history.form.reason')}</label>
          <p id={ids.hint} className="hint">
            {t('history.form.reasonHint', { min: REASON_MIN })}
          </p>
          <textarea
            id={ids.reason}
            ref={reasonRef}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
            maxLength={REASON_MAX}
            required
            aria-invalid={checked && reasonError !== null}
            aria-describedby={describedBy(
              ids.hint,
              checked && reasonError !== null && `${ids.reason}-error`,
            )}
          />
          <p className="hint field-length">
            {t('history.form.reasonLength', { count: reasonLength, max: REASON_MAX })}
          </p>
          {checked && reasonError && (
            <p id={`${ids.reason}-error`} className="field-error">
              {reasonError}
            </p>
          )}
        </div>
        <p id={ids.notice} className="audit-notice">
          {t('history.form.notice')}
        </p>
        <button
          type="submit"
          className="primary"
          aria-disabled={opening}
          aria-describedby={ids.notice}
        >
          {opening ? t('history.form.opening') : t('history.form.submit')}
        </button>
      </form>
      {failure && <OpenFailure {...failure} />}
    </>
  );
}

function OpenFailure({ error, seekerId }: { error: unknown; seekerId: string }) {
  const { t } = useTranslation();
  if (error instanceof ApiCallError && error.code === 'not_found') {
    return (
      <p role="alert" className="error-message">
        {t('history.form.notFound', { seekerId })}
      </p>
    );
  }
  return <ErrorMessage error={error} />;
}
