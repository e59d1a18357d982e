// The reasons behind a recommendation and, for the search ones, the jobs it points to.
import { useTranslation } from 'react-i18next';
import { evidenceText, signalName } from '../../i18n/analysis';
import type { Recommendation } from '../../../shared/analysis/types';
import { recommendationDescription } from './recommendation-label';

interface Props {
  recommendation: Recommendation;
  romeLabels: Record<string, string>;
}

export function RecommendationDetails({ recommendation, romeLabels }: Props) {
  const { t } = useTranslation();
  const description = recommendationDescription(recommendation.id);
  return (
    <>
      {description && <p className="recommendation-description">{description}</p>}
      <details className="reasons" open>
        <summary>{t('seeker.recommendations.because')}</summary>
        <ul>
          {recommendation.reasons.map((reason) => (
            <li key={reason.signal}>
              <strong>{signalName(reason.signal)}</strong>
              <ul>
                {reason.evidence.map((evidence, index) => (
                  <li key={`${evidence.key}-${index}`}>{evidenceText(evidence)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </details>
      {recommendation.suggestedRome && recommendation.suggestedRome.length > 0 && (
        <div className="rome-suggestions">
          <h4>{t('seeker.recommendations.suggestedRome')}</h4>
          <ul>
            {recommendation.suggestedRome.map((job) => (
              <li key={job.code}>
                <span className="rome-code">{job.code}</span> {job.label}{' '}
                <span className="hint">
                  ({t(`seeker.recommendations.suggestedKind.${job.kind}`)},{' '}
                  {t('seeker.recommendations.suggestedFrom', {
                    codes: job.from
                      .map((code) => `${code} ${romeLabels[code] ?? ''}`.trim())
                      .join(', '),
                  })}
                  )
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {recommendation.focusTargets && recommendation.focusTargets.length > 0 && (
        <div className="rome-suggestions">
          <h4>{t('seeker.recommendations.focusTargets')}</h4>
          <ul>
            {recommendation.focusTargets.map((job) => (
              <li key={job.code}>
                <span className="rome-code">{job.code}</span> {job.label}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
