// The analysis's proposals, best first. Once one is dismissed it leaves this list, so
// focus moves to the list's heading instead of being lost with the removed card.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../shared/api/contract';
import type { Recommendation } from '../../../shared/analysis/types';
import { RecommendationCard } from './RecommendationCard';

interface Props {
  seekerId: string;
  asOf: string;
  recommendations: readonly Recommendation[];
  actionPlan: readonly PlanItem[];
  romeLabels: Record<string, string>;
  onChanged: () => void;
}

export function RecommendationList({
  seekerId,
  asOf,
  recommendations,
  actionPlan,
  romeLabels,
  onChanged,
}: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeadingOnReload = useRef(false);
  // The dismissed card is gone only once the page has reloaded: focus the heading then,
  // after the dialog has closed and handed focus back to a button about to disappear.
  useEffect(() => {
    if (!focusHeadingOnReload.current) return;
    focusHeadingOnReload.current = false;
    headingRef.current?.focus();
  }, [recommendations]);
  // An item withdrawn from the plan (cancelled) no longer makes its recommendation accepted.
  const planItemOf = new Map(
    actionPlan
      .filter((item) => item.status !== 'cancelled' && item.recommendationId !== null)
      .map((item) => [item.recommendationId, item]),
  );
  const ranked = [...recommendations].sort((a, b) => a.rank - b.rank);
  return (
    <section className="seeker-panel" aria-labelledby="recommendations-title">
      <h2 id="recommendations-title" ref={headingRef} tabIndex={-1}>
        {t('seeker.sections.recommendations')}
      </h2>
      {ranked.length === 0 ? (
        <p className="hint">{t('seeker.recommendations.none')}</p>
      ) : (
        <ol className="recommendation-list">
          {ranked.map((recommendation) => (
            <RecommendationCard
              key={recommendation.id}
              seekerId={seekerId}
              asOf={asOf}
              recommendation={recommendation}
              planItem={planItemOf.get(recommendation.id) ?? null}
              romeLabels={romeLabels}
              onChanged={onChanged}
              onDismissed={() => {
                focusHeadingOnReload.current = true;
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
