// Screens are addressed by the location's hash (#/seeker/ID…): it works the same from
// file:// in the desktop app and over HTTP in the browser mode, and reload keeps you
// on the screen you were on.
import type { Route } from './app-context';

export function routeFromHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [first, second] = path.split('/');
  if (first === 'seeker' && second)
    return { screen: 'seeker', seekerId: decodeURIComponent(second) };
  if (first === 'import') return { screen: 'import' };
  if (first === 'settings') return { screen: 'settings' };
  return { screen: 'caseload' };
}

export function hashOf(route: Route): string {
  switch (route.screen) {
    case 'seeker':
      return `#/seeker/${encodeURIComponent(route.seekerId)}`;
    case 'import':
      return '#/import';
    case 'settings':
      return '#/settings';
    default:
      return '#/';
  }
}
