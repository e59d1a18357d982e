// One proposal: why it is made (the signals and their facts), what it suggests, and
// the counsellor's answers to it: accept it with a due date, or dismiss it; once
// accepted, withdraw it from the plan (dismissing what is already in the plan makes no
// sense, so « Écarter » is not offered then).
import { useEffect, useId, useRef, useState } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/analysis/types';
import type { PlanItem } from '../../../shared/api/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DismissDialog } from './DismissDialog';
import { proposedDueDate } from './due-date';
import { formatLongDate, formatPercent } from '../../format';
import { RecommendationDetails } from './RecommendationDetails';
import { useCanEdit } from './can-edit';
import { recommendationLabel } from './recommendation-label';
import { useRecommendationDecision } from './use-recommendation-decision';

interface Props {
  seekerId: string;
  asOf: string;
  recommendation: Recommendation;
  /** Its item in the action plan once accepted (and not withdrawn), null otherwise. */
  planItem: PlanItem | null;
  romeLabels: Record<string, string>;
  onChanged: () => void;
  onDismissed: () => void;
}

export function RecommendationCard({
  seekerId,
  asOf,
  recommendation,
  planItem,
  romeLabels,
  onChanged,
  onDismissed,
}: Props) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const decision = useRecommendationDecision(seekerId, asOf, recommendation.id, onChanged);
  const accepted = planItem !== null;
  const [dialogOpen, setDialogOpen] = useState(false);
  const [dueOn, setDueOn] = useState(() => proposedDueDate(asOf));
  const dueOnIds = { field: useId(), hint: useId() };
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
      {canEdit && accepted && (
        <div className="recommendation-actions">
          <AcceptedStatus planItem={planItem} statusRef={acceptedRef} />
          <button
            type="button"
            disabled={decision.pending !== null}
            onClick={() => void decision.withdraw(planItem.id)}
          >
            {decision.pending === 'withdraw'
              ? t('seeker.recommendations.withdrawing')
              : t('seeker.recommendations.withdraw')}
          </button>
        </div>
      )}
      {canEdit && !accepted && (
        <div className="recommendation-actions">
          <span className="recommendation-due">
            <label htmlFor={dueOnIds.field}>{t('seeker.recommendations.dueOn')}</label>
            <input
              id={dueOnIds.field}
              type="date"
              value={dueOn}
              aria-describedby={dueOnIds.hint}
              onChange={(event) => setDueOn(event.target.value)}
            />
            <span id={dueOnIds.hint} className="hint">
              {t('seeker.recommendations.dueOnHint')}
            </span>
          </span>
          <button
            type="button"
            className="primary"
            disabled={decision.pending !== null}
            onClick={() => {
              focusAcceptedOnReload.current = true;
              void decision.accept(dueOn === '' ? null : dueOn);
            }}
          >
            {decision.pending === 'accept'
              ? t('seeker.recommendations.accepting')
              : t('seeker.recommendations.accept')}
          </button>
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
      {!canEdit && accepted && <AcceptedStatus planItem={planItem} />}
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

function AcceptedStatus({
  planItem,
  statusRef,
}: {
  planItem: PlanItem;
  statusRef?: Ref<HTMLParagraphElement>;
}) {
  const { t } = useTranslation();
  return (
    <p className="accepted" role="status" ref={statusRef} tabIndex={statusRef ? -1 : undefined}>
      <span aria-hidden="true">✓ </span>
      {planItem.dueOn === null
        ? t('seeker.recommendations.accepted')
        : t('seeker.recommendations.acceptedDue', { date: formatLongDate(planItem.dueOn) })}
    </p>
  );
}
