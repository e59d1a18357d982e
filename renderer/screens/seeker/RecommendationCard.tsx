// One proposal: why it is made (the signals and their facts), what it suggests, and
// the counsellor's two answers to it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/analysis/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DismissDialog } from './DismissDialog';
import { formatPercent } from '../../format';
import { RecommendationDetails } from './RecommendationDetails';
import { useCanEdit } from './can-edit';
import { recommendationLabel } from './recommendation-label';
import { useRecommendationDecision } from './use-recommendation-decision';

interface Props {
  seekerId: string;
  asOf: string;
  recommendation: Recommendation;
  accepted: boolean;
  romeLabels: Record<string, string>;
  onChanged: () => void;
  onDismissed: () => void;
}

export function RecommendationCard({
  seekerId,
  asOf,
  recommendation,
  accepted,
  romeLabels,
  onChanged,
  onDismissed,
}: Props) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const decision = useRecommendationDecision(seekerId, asOf, recommendation.id, onChanged);
  const [dialogOpen, setDialogOpen] = useState(false);
  const dismissButtonRef = useRef<HTMLButtonElement>(null);
  const acceptedRef = useRef<HTMLParagraphElement>(null);
  const focusAcceptedOnReload = useRef(false);
  // « Accepter » gives way to « Acceptée » once the page has reloaded: the focus goes to
  // that word rather than being lost with the button.
  useEffect(() => {
    if (!accepted || !focusAcceptedOnReload.current) return;
    focusAcceptedOnReload.current = false;
    acceptedRef.current?.focus();
  }, [accepted]);
  const label = recommendationLabel(recommendation.id);
  const titleId = `recommendation-${recommendation.id}`;

  // Back to « Écarter » once the dialog is gone: while it is open (modal) the rest of
  // the page is inert and cannot take the focus.
  const focusDismissOnClose = useRef(false);
  useEffect(() => {
    if (dialogOpen || !focusDismissOnClose.current) return;
    focusDismissOnClose.current = false;
    dismissButtonRef.current?.focus();
  }, [dialogOpen]);
  const closeDialog = () => {
    focusDismissOnClose.current = true;
    setDialogOpen(false);
  };
  const confirmDismissal = async (reason: string) => {
    if (await decision.dismiss(reason)) {
      setDialogOpen(false);
      onDismissed();
    }
  };

  return (
    <li
      className={`recommendation${accepted ? ' is-accepted' : ''}`}
      data-testid="recommendation"
      data-recommendation-id={recommendation.id}
      aria-labelledby={titleId}
    >
      <div className="recommendation-head">
        <span className="rank">
          {t('seeker.recommendations.rank', { rank: recommendation.rank })}
        </span>
        <h3 id={titleId}>{label}</h3>
        <span className="score">
          {t('seeker.recommendations.score', { percent: formatPercent(recommendation.score) })}
        </span>
      </div>
      <RecommendationDetails recommendation={recommendation} romeLabels={romeLabels} />
      {decision.error !== null && !dialogOpen && <ErrorMessage error={decision.error} />}
      {canEdit && (
        <div className="recommendation-actions">
          {accepted ? (
            <p className="accepted" role="status" ref={acceptedRef} tabIndex={-1}>
              <span aria-hidden="true">✓ </span>
              {t('seeker.recommendations.accepted')}
            </p>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={decision.pending !== null}
              onClick={() => {
                focusAcceptedOnReload.current = true;
                void decision.accept();
              }}
            >
              {decision.pending === 'accept'
                ? t('seeker.recommendations.accepting')
                : t('seeker.recommendations.accept')}
            </button>
          )}
          <button
            type="button"
            ref={dismissButtonRef}
            disabled={decision.pending !== null}
            onClick={() => setDialogOpen(true)}
          >
            {t('seeker.recommendations.dismiss')}
          </button>
        </div>
      )}
      {!canEdit && accepted && (
        <p className="accepted" role="status">
          <span aria-hidden="true">✓ </span>
          {t('seeker.recommendations.accepted')}
        </p>
      )}
      {dialogOpen && (
        <DismissDialog
          recommendationLabel={label}
          pending={decision.pending === 'dismiss'}
          error={decision.error}
          onConfirm={confirmDismissal}
          onCancel={closeDialog}
        />
      )}
    </li>
  );
}
