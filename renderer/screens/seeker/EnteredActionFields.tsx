// One action of the month being entered: its date (bounded to the period), type,
// outcome and, if known, the employer and a note. A group named « Action n ».
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_TYPES, OUTCOMES } from '../../../shared/journal/contract';
import type { ActionType, Outcome } from '../../../shared/journal/contract';
import { periodBounds } from './entered-month-draft';
import type { ActionDraft } from './entered-month-draft';

const MAX_EMPLOYER_LENGTH = 200;
const MAX_NOTE_LENGTH = 2000;

interface Props {
  action: ActionDraft;
  position: number;
  period: string;
  undated: boolean;
  onChange: (action: ActionDraft) => void;
  onRemove: () => void;
}

export function EnteredActionFields({
  action,
  position,
  period,
  undated,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const ids = {
    date: useId(),
    type: useId(),
    outcome: useId(),
    employer: useId(),
    note: useId(),
    problem: useId(),
  };
  const bounds = periodBounds(period);
  const set = (change: Partial<ActionDraft>) => onChange({ ...action, ...change });

  return (
    <fieldset className="entered-action">
      <legend>{t('seeker.enterMonth.actionLegend', { position })}</legend>
      <div className="follow-up-fields">
        <div className="follow-up-field">
          <label htmlFor={ids.date}>{t('seeker.enterMonth.actionDate')}</label>
          <input
            id={ids.date}
            type="date"
            value={action.date}
            min={bounds?.min}
            max={bounds?.max}
            required
            aria-invalid={undated}
            aria-describedby={undated ? ids.problem : undefined}
            onChange={(event) => set({ date: event.target.value })}
          />
        </div>
        <div className="follow-up-field">
          <label htmlFor={ids.type}>{t('seeker.enterMonth.actionType')}</label>
          <select
            id={ids.type}
            value={action.type}
            onChange={(event) => set({ type: event.target.value as ActionType })}
          >
            {ACTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`seeker.actionTypes.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="follow-up-field">
          <label htmlFor={ids.outcome}>{t('seeker.enterMonth.actionOutcome')}</label>
          <select
            id={ids.outcome}
            value={action.outcome}
            onChange={(event) => set({ outcome: event.target.value as Outcome })}
          >
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`seeker.outcomes.${outcome}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="follow-up-field grow">
          <label htmlFor={ids.employer}>{t('seeker.enterMonth.actionEmployer')}</label>
          <input
            id={ids.employer}
            type="text"
            value={action.employer}
            maxLength={MAX_EMPLOYER_LENGTH}
            onChange={(event) => set({ employer: event.target.value })}
          />
        </div>
        <div className="follow-up-field grow">
          <label htmlFor={ids.note}>{t('seeker.enterMonth.actionNote')}</label>
          <input
            id={ids.note}
            type="text"
            value={action.note}
            maxLength={MAX_NOTE_LENGTH}
            onChange={(event) => set({ note: event.target.value })}
          />
        </div>
        <button type="button" onClick={onRemove}>
          {t('seeker.enterMonth.removeAction', { position })}
        </button>
      </div>
      {undated && (
        <p id={ids.problem} className="field-error" role="alert">
          {t('seeker.enterMonth.actionDateMissing')}
        </p>
      )}
    </fieldset>
  );
}
