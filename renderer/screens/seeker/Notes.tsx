// The counsellor's notes about the seeker, newest first, and a form to add one. Notes
// are kept as written: they are the memory of the follow-up between meetings.
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/api/contract';
import { AddNoteForm } from './AddNoteForm';
import { useCanEdit } from './can-edit';
import { formatTimestamp } from '../../format';

interface Props {
  seekerId: string;
  notes: readonly Note[];
  onChanged: () => void;
}

export function Notes({ seekerId, notes, onChanged }: Props) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  return (
    <section className="seeker-panel" aria-labelledby="notes-title" data-testid="notes">
      <h2 id="notes-title">{t('seeker.sections.notes')}</h2>
      {canEdit && <AddNoteForm seekerId={seekerId} onChanged={onChanged} />}
      {notes.length === 0 ? (
        <p className="hint">{t('seeker.notes.none')}</p>
      ) : (
        <ul className="note-list">
          {notes.map((note) => (
            <li key={note.id}>
              <time dateTime={note.createdAt}>{formatTimestamp(note.createdAt)}</time>
              <p className="note-text">{note.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
