// Loads a channel's result for a screen, with loading and error states, and reloads
// when its arguments change.
import { useCallback, useEffect, useState } from 'react';
import type { ArgsOf, Channel, ResultOf } from '../../shared/api/contract';
import { useApp } from './app-context';

export type Loadable<T> =
  | { status: 'loading'; value?: T }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown; value?: T };

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
    setState((s) => ({ status: 'loading', ...(s.value !== undefined ? { value: s.value } : {}) }));
    client.invoke(channel, JSON.parse(key) as ArgsOf<K>).then(
      (value) => live && setState({ status: 'ready', value }),
      // A failed reload keeps what was shown: the screen can show the error beside it.
      (error: unknown) =>
        live &&
        setState((s) => ({
          status: 'error',
          error,
          ...(s.value !== undefined ? { value: s.value } : {}),
        })),
    );
    return () => {
      live = false;
    };
  }, [client, channel, key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [state, reload];
}
