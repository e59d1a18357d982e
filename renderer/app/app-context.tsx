// What every screen needs: the API client, the app's facts (mode, demo, counsellors)
// and the reference date of the analysis ("as of", today unless changed in Réglages).
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { AppInfo } from '../../shared/api/contract';
import type { AppClient } from '../api/client';
import { routeFromHash } from './routes';
import type { Route } from './routes';

export interface AppState {
  client: AppClient;
  info: AppInfo;
  asOf: string;
  setAsOf(date: string): void;
  navigate(route: Route): void;
  /** Forgets this window's session and starts again from sign-in (after a restore). */
  restart(): void;
}

export type { Route } from './routes';

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside <AppContext.Provider>');
  return state;
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The route the location's hash names, kept current as it changes (links, back, navigate). */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash);
  return useMemo(() => routeFromHash(hash), [hash]);
}
