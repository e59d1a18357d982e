// Accepting or dismissing one recommendation: the call, its pending state and its
// error, then a reload of the page so the plan and the list show what is stored.
import { useState } from 'react';
import type { RecommendationId } from '../../../shared/analysis/types';
import { useApp } from '../../app/app-context';

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
  const { client } = useApp();
  const [pending, setPending] = useState<RecommendationDecision['pending']>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(kind: 'accept' | 'dismiss', call: () => Promise<unknown>): Promise<boolean> {
    setPending(kind);
    setError(null);
    try {
      await call();
      onChanged();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setPending(null);
    }
  }

  return {
    pending,
    error,
    accept: async () => {
      await run('accept', () =>
        client.invoke('recommendation.accept', { seekerId, recommendationId, asOf }),
      );
    },
    dismiss: (reason) =>
      run('dismiss', () =>
        client.invoke('recommendation.dismiss', { seekerId, recommendationId, asOf, reason }),
      ),
  };
}
