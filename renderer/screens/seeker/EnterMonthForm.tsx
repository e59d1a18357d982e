// The form of a month a counsellor enters for a person without digital access: the
// period, mood and comment, and the month's actions. A missing period or action date is
// said here; what only the journal can tell (a period already declared…) comes back
// from the server and is shown with ErrorMessage.
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ENTERED_ACTIONS, MAX_ENTERED_COMMENT } from '../../../shared/api/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EnteredActionFields } from './EnteredActionFields';
import { EMPTY_MONTH, draftProblems, newAction, toEnteredMonth } from './entered-month-draft';
import type { ActionDraft, DraftProblems, MonthDraft } from './entered-month-draft';
import { useFollowUpChange } from './use-follow-up-change';

const MOODS = ['1', '2', '3', '4', '5'] as const;

interface Props {
  seekerId: string;
  asOf: string;
  onSaved: () => void;
}

export function EnterMonthForm({ seekerId, asOf, onSaved }: Props) {
  const { t } = useTranslation();
  const ids = { period: useId(), mood: useId(), comment: useId(), problem: useId() };
  const [draft, setDraft] = useState<MonthDraft>(EMPTY_MONTH);
  const [problems, setProblems] = useState<DraftProblems | null>(null);
  const nextKey = useRef(1);
  const change = useFollowUpChange(onSaved);

  const update = (next: MonthDraft) => {
    setDraft(next);
    if (problems) setProblems(draftProblems(next));
  };
  const updateAction = (action: ActionDraft) =>
    update({ ...draft, actions: draft.actions.map((a) => (a.key === action.key ? action : a)) });
  const removeAction = (key: number) =>
    update({ ...draft, actions: draft.actions.filter((a) => a.key !== key) });
  const addAction = () =>
    update({ ...draft, actions: [...draft.actions, newAction(nextKey.current++)] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    if (found) return;
    const month = toEnteredMonth(draft);
    if (
      await change.run((client) => client.invoke('journal.enterMonth', { seekerId, asOf, month }))
    ) {
      setDraft(EMPTY_MONTH);
    }
  };

  return (
    <form className="follow-up-form enter-month-form" onSubmit={submit} noValidate>
      <p className="hint">{t('seeker.enterMonth.explanation')}</p>
      <div className="follow-up-fields">
        <div className="follow-up-field">
          <label htmlFor={ids.period}>{t('seeker.enterMonth.period')}</label>
          <input
            id={ids.period}
            type="month"
            value={draft.period}
            max={asOf.slice(0, 7)}
            required
            aria-invalid={problems?.periodMissing ?? false}
            aria-describedby={problems?.periodMissing ? ids.problem : undefined}
            onChange={(event) => update({ ...draft, period: event.target.value })}
          />
        </div>
        <div className="follow-up-field">
          <label htmlFor={ids.mood}>{t('seeker.enterMonth.mood')}</label>
          <select
            id={ids.mood}
            value={draft.mood}
            onChange={(event) => update({ ...draft, mood: event.target.value })}
          >
            <option value="">{t('seeker.enterMonth.moodUnknown')}</option>
            {MOODS.map((mood) => (
              <option key={mood} value={mood}>
                {t('seeker.enterMonth.moodValue', { mood })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problems?.periodMissing && (
        <p id={ids.problem} className="field-error" role="alert">
          {t('seeker.enterMonth.periodMissing')}
        </p>
      )}
      <label htmlFor={ids.comment}>{t('seeker.enterMonth.comment')}</label>
      <textarea
        id={ids.comment}
        value={draft.comment}
        rows={2}
        maxLength={MAX_ENTERED_COMMENT}
        onChange={(event) => update({ ...draft, comment: event.target.value })}
      />
      {draft.actions.map((action, index) => (
        <EnteredActionFields
          key={action.key}
          action={action}
          position={index + 1}
          period={draft.period}
          undated={problems?.undatedActions.includes(action.key) ?? false}
          onChange={updateAction}
          onRemove={() => removeAction(action.key)}
        />
      ))}
      {change.error !== null && <ErrorMessage error={change.error} />}
      <div className="follow-up-buttons">
        <button
          type="button"
          onClick={addAction}
          disabled={draft.actions.length >= MAX_ENTERED_ACTIONS}
        >
          {t('seeker.enterMonth.addAction')}
        </button>
        <button type="submit" disabled={change.pending}>
          {change.pending ? t('seeker.enterMonth.saving') : t('seeker.enterMonth.save')}
        </button>
      </div>
    </form>
  );
}
