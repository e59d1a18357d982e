// Accepting or dismissing one recommendation: a follow-up change (pending state, error,
// reload of the page) that also says which of the two is pending.
import { useState } from 'react';
import type { RecommendationId } from '../../../shared/analysis/types';
import { useFollowUpChange } from './use-follow-up-change';

export interface RecommendationDecision {
  pending: 'accept' | 'dismiss' | null;
  error: unknown;
  accept(): Promise<void>;
  /** Resolves true once stored, false when the call failed (the error is then set). */
  dismiss(reason: string): Promise<boolean>;
}

export function useRecommendationDecision(
  seekerId: string,
  asOf: string,
  recommendationId: RecommendationId,
  onChanged: () => void,
): RecommendationDecision {
  const change = useFollowUpChange(onChanged);
  const [kind, setKind] = useState<'accept' | 'dismiss'>('accept');

  return {
    pending: change.pending ? kind : null,
    error: change.error,
    accept: async () => {
      setKind('accept');
      await change.run((client) =>
        client.invoke('recommendation.accept', { seekerId, recommendationId, asOf }),
      );
    },
    dismiss: (reason) => {
      setKind('dismiss');
      return change.run((client) =>
        client.invoke('recommendation.dismiss', { seekerId, recommendationId, asOf, reason }),
      );
    },
  };
}
