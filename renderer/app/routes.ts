// Screens are addressed by the location's hash (#/seeker/ID…): it works the same from
// app:// in the desktop app and over HTTP in the browser mode, and reload keeps you
// on the screen you were on.
import { reportHash } from '../../shared/report/print-route';
import type { Route } from './app-context';

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
  if (first === 'import') return { screen: 'import' };
  if (first === 'settings') return { screen: 'settings' };
  if (first === 'team') return { screen: 'team' };
  if (first === 'history') return { screen: 'history' };
  if (first === 'audit') return { screen: 'audit' };
  const counsellorId = new URLSearchParams(query).get('counsellor');
  return counsellorId ? { screen: 'caseload', counsellorId } : { screen: 'caseload' };
}

export function hashOf(route: Route): string {
  switch (route.screen) {
    case 'seeker':
      return `#/seeker/${encodeURIComponent(route.seekerId)}`;
    case 'report':
      return reportHash(route.seekerId, route);
    case 'import':
    case 'settings':
    case 'team':
    case 'history':
    case 'audit':
      return `#/${route.screen}`;
    case 'caseload':
      return route.counsellorId ? `#/?counsellor=${encodeURIComponent(route.counsellorId)}` : '#/';
  }
}
