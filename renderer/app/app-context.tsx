// What every screen needs: the API client, the app's facts (mode, demo, counsellors)
// and the reference date of the analysis ("as of", today unless changed in Réglages).
import { createContext, useContext } from 'react';
import type { AppInfo } from '../../shared/api/contract';
import type { AppClient } from '../api/client';

export interface AppState {
  client: AppClient;
  info: AppInfo;
  asOf: string;
  setAsOf(date: string): void;
  navigate(route: Route): void;
}

export type Route =
  | { screen: 'caseload' }
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
