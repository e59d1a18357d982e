// Screens are addressed by the location's hash (#/seeker/ID…): it works the same from
// app:// in the desktop app and over HTTP in the browser mode, and reload keeps you
// on the screen you were on.
import { SIGNAL_IDS } from '../../shared/analysis/types';
import type { SignalId } from '../../shared/analysis/types';
import { dossierHash, reportHash } from '../../shared/report/print-route';

/** A screen of the app, as its address names it. */
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
  | { screen: 'audit' }
  /** The data-protection officer's screen: a person's reads and their right-of-access export. */
  | { screen: 'dpo' }
  /** The right-of-access document alone, as its PDF is printed (#/dpo/ID?print=1). */
  | { screen: 'dossier'; seekerId: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function routeFromHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first, second] = path.split('/');
  if (first === 'seeker' && second)
    return { screen: 'seeker', seekerId: decodeURIComponent(second) };
  if (first === 'report' && second) {
    const params = new URLSearchParams(query);
    const asOf = params.get('asOf');
    return {
      screen: 'report',
      seekerId: decodeURIComponent(second),
      print: params.get('print') === '1',
      asOf: asOf !== null && ISO_DATE.test(asOf) ? asOf : null,
    };
  }
  if (first === 'dpo' && second) return { screen: 'dossier', seekerId: decodeURIComponent(second) };
  if (first === 'dpo') return { screen: 'dpo' };
  if (first === 'import') return { screen: 'import' };
  if (first === 'settings') return { screen: 'settings' };
  if (first === 'team') return { screen: 'team' };
  if (first === 'history') return { screen: 'history' };
  if (first === 'audit') return { screen: 'audit' };
  const params = new URLSearchParams(query);
  const counsellorId = params.get('counsellor');
  const signal = SIGNAL_IDS.find((id) => id === params.get('signal'));
  return {
    screen: 'caseload',
    ...(counsellorId && { counsellorId }),
    ...(signal && { signal }),
  };
}

function caseloadHash(counsellorId: string | undefined, signal: SignalId | undefined): string {
  const params = new URLSearchParams();
  if (counsellorId) params.set('counsellor', counsellorId);
  if (signal) params.set('signal', signal);
  const query = params.toString();
  return query ? `#/?${query}` : '#/';
}

export function hashOf(route: Route): string {
  switch (route.screen) {
    case 'seeker':
      return `#/seeker/${encodeURIComponent(route.seekerId)}`;
    case 'report':
      return reportHash(route.seekerId, route);
    case 'dossier':
      return dossierHash(route.seekerId, { print: true });
    case 'import':
    case 'dpo':
    case 'settings':
    case 'team':
    case 'history':
    case 'audit':
      return `#/${route.screen}`;
    case 'caseload':
      return caseloadHash(route.counsellorId, route.signal);
  }
}
