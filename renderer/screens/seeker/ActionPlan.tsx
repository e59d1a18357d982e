// The seeker's action plan: accepted recommendations and the counsellor's own actions,
// each with a status and a due date the counsellor keeps up to date.
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../shared/api/contract';
import { AddActionForm } from './AddActionForm';
import { useCanEdit } from './can-edit';
import { PlanItemRow } from './PlanItemRow';

interface Props {
  seekerId: string;
  items: readonly PlanItem[];
  onChanged: () => void;
}

export function ActionPlan({ seekerId, items, onChanged }: Props) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  return (
    <section className="seeker-panel" aria-labelledby="plan-title" data-testid="action-plan">
      <h2 id="plan-title">{t('seeker.sections.plan')}</h2>
      {items.length === 0 ? (
        <p className="hint">{t('seeker.plan.none')}</p>
      ) : (
        <ul className="plan-list">
          {items.map((item) => (
            <PlanItemRow key={item.id} seekerId={seekerId} item={item} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {canEdit && <AddActionForm seekerId={seekerId} onChanged={onChanged} />}
    </section>
  );
}
