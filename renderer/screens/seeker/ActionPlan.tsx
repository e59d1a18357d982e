// The recommendations the counsellor accepted, as the plan's items with their status.
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../shared/api/contract';
import { formatLongDate } from './format';

export function ActionPlan({ items }: { items: readonly PlanItem[] }) {
  const { t } = useTranslation();
  return (
    <section className="seeker-panel" aria-labelledby="plan-title" data-testid="action-plan">
      <h2 id="plan-title">{t('seeker.sections.plan')}</h2>
      {items.length === 0 ? (
        <p className="hint">{t('seeker.plan.none')}</p>
      ) : (
        <ul className="plan-list">
          {items.map((item) => (
            <li
              key={item.id}
              className="plan-item"
              data-plan-recommendation-id={item.recommendationId ?? undefined}
            >
              <span className="plan-label">{item.label}</span>
              <span className={`plan-status status-${item.status}`}>
                {t(`seeker.plan.statuses.${item.status}`)}
              </span>
              <span className="plan-dates">
                {t('seeker.plan.createdAt')}{' '}
                <time dateTime={item.createdAt}>{formatLongDate(item.createdAt)}</time>
                {' · '}
                {item.dueOn ? (
                  <>
                    {t('seeker.plan.dueOn')}{' '}
                    <time dateTime={item.dueOn}>{formatLongDate(item.dueOn)}</time>
                  </>
                ) : (
                  t('seeker.plan.noDueDate')
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
