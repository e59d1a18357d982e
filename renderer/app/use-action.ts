// A call the person starts with a button (a restore, …): whether it is under way, how it
// failed, what it gave. Unlike useApi, nothing runs until `run` is called.
import { useState } from 'react';

export interface Action<T> {
  pending: boolean;
  /** The last run's failure, null once a new run starts. */
  error: unknown;
  /** What the last successful run gave. */
  value: T | null;
  run(start: () => Promise<T>): void;
}

export function useAction<T>(): Action<T> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [value, setValue] = useState<T | null>(null);
  const run = (start: () => Promise<T>) => {
    setPending(true);
    setError(null);
    start().then(
      (result) => {
        setPending(false);
        setValue(result);
      },
      (failure: unknown) => {
        setPending(false);
        setError(failure);
      },
    );
  };
  return { pending, error, value, run };
}
