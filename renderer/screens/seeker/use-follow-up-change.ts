// One change to the follow-up (an action added or edited, a note added): the call, its
// pending state and its error, then a reload of the page so it shows what is stored.
import { useState } from 'react';
import type { AppClient } from '../../api/client';
import { useApp } from '../../app/app-context';

export interface FollowUpChange {
  pending: boolean;
  error: unknown;
  /** Resolves true once stored, false when the call failed (the error is then set). */
  run(call: (client: AppClient) => Promise<unknown>): Promise<boolean>;
}

export function useFollowUpChange(onChanged: () => void): FollowUpChange {
  const { client } = useApp();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(call: (client: AppClient) => Promise<unknown>): Promise<boolean> {
    setPending(true);
    setError(null);
    try {
      await call(client);
      onChanged();
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setPending(false);
    }
  }

  return { pending, error, run };
}
