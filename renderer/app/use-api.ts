// Loads a channel's result for a screen, with loading and error states, and reloads
// when its arguments change.
import { useCallback, useEffect, useState } from 'react';
import type { ArgsOf, Channel, ResultOf } from '../../shared/api/contract';
import { useApp } from './app-context';

export type Loadable<T> =
  | { status: 'loading'; value?: T; key?: string }
  | { status: 'ready'; value: T; key?: string }
  | { status: 'error'; error: unknown; value?: T; key?: string };

export function useApi<K extends Channel>(
  channel: K,
  args: ArgsOf<K>,
): [Loadable<ResultOf<K>>, () => void] {
  const { client } = useApp();
  const [state, setState] = useState<Loadable<ResultOf<K>>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(args);
  useEffect(() => {
    let live = true;
    // While loading, what was shown stays (no flash when the arguments change).
    setState((s) => ({
      status: 'loading',
      ...(s.value !== undefined ? { value: s.value, key: s.key } : {}),
    }));
    client.invoke(channel, JSON.parse(key) as ArgsOf<K>).then(
      (value) => live && setState({ status: 'ready', value, key }),
      // A failed reload of the same arguments keeps what was shown, the error beside it;
      // a failure for other arguments (another person) drops the previous one's value.
      (error: unknown) =>
        live &&
        setState((s) => ({
          status: 'error',
          error,
          ...(s.value !== undefined && s.key === key ? { value: s.value, key } : {}),
        })),
    );
    return () => {
      live = false;
    };
  }, [client, channel, key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [state, reload];
}
