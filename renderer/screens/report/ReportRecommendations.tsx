// The proposals, best first, with their reasons and the jobs they point to, as on the
// seeker page (RecommendationDetails) but without the counsellor's answers: the report
// is read and printed, decisions are taken on the seeker page.
import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../shared/api/contract';
import type { Recommendation } from '../../../shared/analysis/types';
import { formatPercent } from '../../format';
import { RecommendationDetails } from '../seeker/RecommendationDetails';
import { recommendationLabel } from '../seeker/recommendation-label';
import { ReportSection } from './ReportSection';

interface Props {
  recommendations: readonly Recommendation[];
  actionPlan: readonly PlanItem[];
  romeLabels: Record<string, string>;
}

export function ReportRecommendations({ recommendations, actionPlan, romeLabels }: Props) {
  const { t } = useTranslation();
  const inPlan = new Set(actionPlan.map((item) => item.recommendationId));
  const ranked = [...recommendations].sort((a, b) => a.rank - b.rank);
  return (
    <ReportSection id="recommendations" title={t('report.sections.recommendations')}>
      {ranked.length === 0 ? (
        <p className="report-hint">{t('report.recommendations.none')}</p>
      ) : (
        <ol className="report-items">
          {ranked.map((recommendation) => (
            <li
              key={recommendation.id}
              className="report-item"
              data-recommendation-id={recommendation.id}
            >
              <h3>
                {t('report.recommendations.heading', {
                  rank: recommendation.rank,
                  label: recommendationLabel(recommendation.id),
                })}
              </h3>
              <p className="report-severity">
                {t('report.recommendations.score', {
                  percent: formatPercent(recommendation.score),
                })}
                {inPlan.has(recommendation.id) && ` — ${t('report.recommendations.inPlan')}`}
              </p>
              <RecommendationDetails recommendation={recommendation} romeLabels={romeLabels} />
            </li>
          ))}
        </ol>
      )}
    </ReportSection>
  );
}
