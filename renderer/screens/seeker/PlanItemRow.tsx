// One item of the plan: its status and due date are edited in place. The status is sent
// as soon as it is chosen; the due date when the field is left, so that typing a date
// digit by digit does not store every intermediate one.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItem, PlanItemStatus } from '../../../shared/api/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatLongDate } from '../../format';
import { useFollowUpChange } from './use-follow-up-change';
import { useCanEdit } from './can-edit';

const STATUSES = [
  'todo',
  'in_progress',
  'done',
  'cancelled',
] as const satisfies readonly PlanItemStatus[];

interface Props {
  seekerId: string;
  item: PlanItem;
  onChanged: () => void;
}

export function PlanItemRow({ seekerId, item, onChanged }: Props) {
  const { t } = useTranslation();
  const ids = { status: useId(), dueOn: useId() };
  const change = useFollowUpChange(onChanged);
  const update = (fields: { status?: PlanItemStatus; dueOn?: string | null }) =>
    change.run((client) => client.invoke('plan.update', { seekerId, itemId: item.id, ...fields }));
  const savedDueOn = item.dueOn ?? '';
  // Every item has the same fields: their names say which item they belong to.
  const ofThisItem = t('seeker.plan.ofItem', { label: item.label });
  const canEdit = useCanEdit();

  return (
    <li
      className={`plan-item status-${item.status}`}
      data-plan-recommendation-id={item.recommendationId ?? undefined}
      aria-busy={change.pending}
    >
      <span className="plan-label">{item.label}</span>
      <span className="plan-dates">
        {t('seeker.plan.createdAt')}{' '}
        <time dateTime={item.createdAt}>{formatLongDate(item.createdAt)}</time>
      </span>
      <div className="plan-fields">
        <label htmlFor={ids.status}>
          {t('seeker.plan.status')}
          <span className="visually-hidden"> {ofThisItem}</span>
        </label>
        <select
          id={ids.status}
          value={item.status}
          disabled={!canEdit}
          onChange={(event) => void update({ status: event.target.value as PlanItemStatus })}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`seeker.plan.statuses.${status}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.dueOn}>
          {t('seeker.plan.dueOn')}
          <span className="visually-hidden"> {ofThisItem}</span>
        </label>
        <input
          // A new key when the stored date changes puts the stored value back in the field.
          key={savedDueOn}
          id={ids.dueOn}
          type="date"
          disabled={!canEdit}
          defaultValue={savedDueOn}
          onBlur={(event) => {
            if (event.target.value !== savedDueOn) {
              void update({ dueOn: event.target.value === '' ? null : event.target.value });
            }
          }}
        />
      </div>
      {change.error !== null && <ErrorMessage error={change.error} />}
    </li>
  );
}
