// Adds an action of the counsellor's own to the plan: a label and, if known, a due date.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFollowUpChange } from './use-follow-up-change';

const MAX_LABEL_LENGTH = 200;

export function AddActionForm({
  seekerId,
  onChanged,
}: {
  seekerId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const ids = { title: useId(), label: useId(), dueOn: useId(), problem: useId() };
  const [label, setLabel] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [missingLabel, setMissingLabel] = useState(false);
  const change = useFollowUpChange(onChanged);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    if (trimmed === '') {
      setMissingLabel(true);
      return;
    }
    const stored = await change.run((client) =>
      client.invoke('plan.add', { seekerId, label: trimmed, dueOn: dueOn === '' ? null : dueOn }),
    );
    if (stored) {
      setLabel('');
      setDueOn('');
    }
  };

  return (
    <form className="follow-up-form" aria-labelledby={ids.title} onSubmit={submit} noValidate>
      <h3 id={ids.title}>{t('seeker.plan.addTitle')}</h3>
      <div className="follow-up-fields">
        <div className="follow-up-field grow">
          <label htmlFor={ids.label}>{t('seeker.plan.label')}</label>
          <input
            id={ids.label}
            type="text"
            value={label}
            required
            maxLength={MAX_LABEL_LENGTH}
            aria-invalid={missingLabel}
            aria-describedby={missingLabel ? ids.problem : undefined}
            onChange={(event) => {
              setLabel(event.target.value);
              if (missingLabel && event.target.value.trim() !== '') setMissingLabel(false);
            }}
          />
        </div>
        <div className="follow-up-field">
          <label htmlFor={ids.dueOn}>{t('seeker.plan.dueOnOptional')}</label>
          <input
            id={ids.dueOn}
            type="date"
            value={dueOn}
            onChange={(event) => setDueOn(event.target.value)}
          />
        </div>
        <button type="submit" disabled={change.pending}>
          {change.pending ? t('seeker.plan.adding') : t('seeker.plan.add')}
        </button>
      </div>
      {missingLabel && (
        <p id={ids.problem} className="field-error" role="alert">
          {t('seeker.plan.labelMissing')}
        </p>
      )}
      {change.error !== null && <ErrorMessage error={change.error} />}
    </form>
  );
}
