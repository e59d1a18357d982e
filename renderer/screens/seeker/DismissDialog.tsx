// Asks why a recommendation is set aside. A modal <dialog>: the browser keeps focus
// inside it and Escape cancels. The reason is required because a dismissal is kept and
// read later by whoever follows the person next: one of the usual reasons, with details
// if wished, or « Autre » and the reason written out.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';

const MIN_REASON_LENGTH = 3;
const DISMISSAL_PRESETS = ['already_done', 'not_suited', 'person_refuses', 'other'] as const;
type Preset = (typeof DISMISSAL_PRESETS)[number];

interface Props {
  recommendationLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

type Problem = 'reasonMissing' | 'reasonTooShort' | null;

export function DismissDialog({ recommendationLabel, pending, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [preset, setPreset] = useState<Preset | null>(null);
  const [details, setDetails] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const ids = {
    title: useId(),
    legend: useId(),
    details: useId(),
    hint: useId(),
    problem: useId(),
  };
  const other = preset === 'other';

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const written = details.trim();
    if (preset === null) return setProblem('reasonMissing');
    if (other && written.length < MIN_REASON_LENGTH) return setProblem('reasonTooShort');
    const presetLabel = t(`seeker.dismissDialog.presets.${preset}`);
    if (other) onConfirm(written);
    else if (written === '') onConfirm(presetLabel);
    else
      onConfirm(
        t('seeker.dismissDialog.presetWithDetails', { preset: presetLabel, details: written }),
      );
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
        <fieldset
          className="dismiss-presets"
          aria-invalid={problem === 'reasonMissing'}
          aria-describedby={problem === 'reasonMissing' ? ids.problem : undefined}
        >
          <legend id={ids.legend}>{t('seeker.dismissDialog.reason')}</legend>
          {DISMISSAL_PRESETS.map((option, index) => (
            <label key={option} className="dismiss-preset">
              <input
                type="radio"
                name="dismissal-reason"
                value={option}
                checked={preset === option}
                autoFocus={index === 0}
                onChange={() => {
                  setPreset(option);
                  setProblem(null);
                }}
              />{' '}
              {t(`seeker.dismissDialog.presets.${option}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={ids.details}>
          {t(other ? 'seeker.dismissDialog.detailsRequired' : 'seeker.dismissDialog.details')}
        </label>
        <textarea
          id={ids.details}
          value={details}
          required={other}
          maxLength={480}
          rows={3}
          aria-invalid={problem === 'reasonTooShort'}
          aria-describedby={
            problem === 'reasonTooShort'
              ? `${ids.hint} ${ids.problem}`
              : other
                ? ids.hint
                : undefined
          }
          onChange={(event) => {
            setDetails(event.target.value);
            if (
              problem === 'reasonTooShort' &&
              event.target.value.trim().length >= MIN_REASON_LENGTH
            )
              setProblem(null);
          }}
        />
        {other && (
          <p id={ids.hint} className="hint">
            {t('seeker.dismissDialog.reasonHint')}
          </p>
        )}
        {problem !== null && (
          <p id={ids.problem} className="field-error" role="alert">
            {t(`seeker.dismissDialog.${problem}`)}
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
