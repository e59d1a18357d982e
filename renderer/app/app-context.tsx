// What every screen needs: the API client, the app's facts (mode, demo, counsellors)
// and the reference date of the analysis ("as of", today unless changed in Réglages).
import type { SignalId } from '../../shared/analysis/types';
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { AppInfo } from '../../shared/api/contract';
import type { AppClient } from '../api/client';
import { routeFromHash } from './routes';

export interface AppState {
  client: AppClient;
  info: AppInfo;
  asOf: string;
  setAsOf(date: string): void;
  navigate(route: Route): void;
  /** Forgets this window's session and starts again from sign-in (after a restore). */
  restart(): void;
}

export type Route =
  /**
   * With `counsellorId`, that one portfolio; with `signal`, the grid filtered on it (the
   * team dashboard's counts drill down to both).
   */
  | { screen: 'caseload'; counsellorId?: string; signal?: SignalId }
  | { screen: 'seeker'; seekerId: string }
  | { screen: 'import' }
  | { screen: 'settings' }
  | { screen: 'team' }
  /**
   * `print`: the report alone, as its PDF is rendered (no frame around it), at `asOf`
   * (null: the app's reference date).
   */
  | { screen: 'report'; seekerId: string; print: boolean; asOf: string | null }
  | { screen: 'history' }
  | { screen: 'audit' };

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
