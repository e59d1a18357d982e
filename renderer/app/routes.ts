// Screens are addressed by the location's hash (#/seeker/ID…): it works the same from
// app:// in the desktop app and over HTTP in the browser mode, and reload keeps you
// on the screen you were on.
import type { Route } from './app-context';

export function routeFromHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first, second] = path.split('/');
  if (first === 'seeker' && second)
    return { screen: 'seeker', seekerId: decodeURIComponent(second) };
  if (first === 'report' && second) {
    const print = new URLSearchParams(query).get('print') === '1';
    return { screen: 'report', seekerId: decodeURIComponent(second), print };
  }
  if (first === 'import') return { screen: 'import' };
  if (first === 'settings') return { screen: 'settings' };
  if (first === 'team') return { screen: 'team' };
  if (first === 'history') return { screen: 'history' };
  if (first === 'audit') return { screen: 'audit' };
  return { screen: 'caseload' };
}

export function hashOf(route: Route): string {
  switch (route.screen) {
    case 'seeker':
      return `#/seeker/${encodeURIComponent(route.seekerId)}`;
    case 'report':
      return `#/report/${encodeURIComponent(route.seekerId)}${route.print ? '?print=1' : ''}`;
    case 'import':
    case 'settings':
    case 'team':
    case 'history':
    case 'audit':
      return `#/${route.screen}`;
    default:
      return '#/';
  }
}
