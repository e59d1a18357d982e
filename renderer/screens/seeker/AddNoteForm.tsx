// Writes a new note about the seeker; an empty one is refused here before it is sent.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFollowUpChange } from './use-follow-up-change';

const MAX_NOTE_LENGTH = 2000;

export function AddNoteForm({ seekerId, onChanged }: { seekerId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const ids = { text: useId(), problem: useId() };
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const change = useFollowUpChange(onChanged);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') {
      setEmpty(true);
      return;
    }
    if (await change.run((client) => client.invoke('notes.add', { seekerId, text: trimmed }))) {
      setText('');
    }
  };

  return (
    <form className="follow-up-form" onSubmit={submit} noValidate>
      <label htmlFor={ids.text}>{t('seeker.notes.newNote')}</label>
      <textarea
        id={ids.text}
        value={text}
        rows={3}
        required
        maxLength={MAX_NOTE_LENGTH}
        aria-invalid={empty}
        aria-describedby={empty ? ids.problem : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (empty && event.target.value.trim() !== '') setEmpty(false);
        }}
      />
      {empty && (
        <p id={ids.problem} className="field-error" role="alert">
          {t('seeker.notes.empty')}
        </p>
      )}
      {change.error !== null && <ErrorMessage error={change.error} />}
      <div className="follow-up-buttons">
        <button type="submit" disabled={change.pending}>
          {change.pending ? t('seeker.notes.adding') : t('seeker.notes.add')}
        </button>
      </div>
    </form>
  );
}
