// What each role finds in the navigation, and where it lands. The handlers enforce the
// rules (shared/api/contract.ts, server/api/access.ts); this only spares
// people screens that would answer « not for your role ».
import type { Role } from '../../shared/auth/roles';
import type { Route } from './routes';

export type NavScreen = 'caseload' | 'team' | 'import' | 'history' | 'audit' | 'settings' | 'dpo';

export const NAVIGATION: Record<Role, readonly NavScreen[]> = {
  counsellor: ['caseload', 'settings'],
  team_lead: ['team', 'caseload', 'import', 'audit', 'settings'],
  controller: ['history'],
  admin: ['import', 'audit', 'settings'],
  dpo: ['dpo'],
};

/**
 * The screens of each route a role may open (the seeker page and report count as
 * caseload, the right-of-access document as the DPO's screen).
 */
function navScreenOf(route: Route): NavScreen {
  if (route.screen === 'seeker' || route.screen === 'report') return 'caseload';
  if (route.screen === 'dossier') return 'dpo';
  return route.screen;
}

/** The route itself, or the role's first screen when the route is not one of theirs. */
export function routeFor(role: Role, route: Route): Route {
  const screens = NAVIGATION[role];
  if (screens.includes(navScreenOf(route))) return route;
  return { screen: screens[0]! } as Route;
}

export function isCurrent(screen: NavScreen, route: Route): boolean {
  return navScreenOf(route) === screen;
}

/**
 * Where a person lands on signing in: the address they opened when it names something
 * (a person, a portfolio), otherwise their role's first screen: a team lead's is the
 * team dashboard, not the whole team's grid.
 */
export function landingRoute(role: Role, opened: Route): Route {
  const bare = opened.screen === 'caseload' && !opened.counsellorId && !opened.signal;
  return bare ? ({ screen: NAVIGATION[role][0] } as Route) : routeFor(role, opened);
}
