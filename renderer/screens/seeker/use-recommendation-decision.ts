// Accepting, dismissing or withdrawing one recommendation: a follow-up change (pending
// state, error, reload of the page) that also says which of them is pending.
import { useState } from 'react';
import type { RecommendationId } from '../../../shared/analysis/types';
import { useFollowUpChange } from './use-follow-up-change';

type Decision = 'accept' | 'dismiss' | 'withdraw';

export interface RecommendationDecision {
  pending: Decision | null;
  error: unknown;
  accept(dueOn: string | null): Promise<void>;
  /** Resolves true once stored, false when the call failed (the error is then set). */
  dismiss(reason: string): Promise<boolean>;
  /** « Retirer du plan »: the plan item is cancelled, the recommendation proposed again. */
  withdraw(planItemId: number): Promise<void>;
}

export function useRecommendationDecision(
  seekerId: string,
  asOf: string,
  recommendationId: RecommendationId,
  onChanged: () => void,
): RecommendationDecision {
  const change = useFollowUpChange(onChanged);
  const [kind, setKind] = useState<Decision>('accept');

  return {
    pending: change.pending ? kind : null,
    error: change.error,
    accept: async (dueOn) => {
      setKind('accept');
      await change.run((client) =>
        client.invoke('recommendation.accept', { seekerId, recommendationId, asOf, dueOn }),
      );
    },
    dismiss: (reason) => {
      setKind('dismiss');
      return change.run((client) =>
        client.invoke('recommendation.dismiss', { seekerId, recommendationId, asOf, reason }),
      );
    },
    withdraw: async (planItemId) => {
      setKind('withdraw');
      await change.run((client) =>
        client.invoke('plan.update', { seekerId, itemId: planItemId, status: 'cancelled' }),
      );
    },
  };
}
