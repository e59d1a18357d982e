// Where each role lands on signing in, and the caseload's address with its filters.
import { describe, expect, it } from 'vitest';
import { landingRoute } from '../../renderer/app/role-navigation';
import { hashOf, routeFromHash } from '../../renderer/app/routes';

describe('landing on sign-in', () => {
  it('takes a team lead to the team dashboard, a counsellor to their portfolio', () => {
    expect(landingRoute('team_lead', routeFromHash('#/'))).toEqual({ screen: 'team' });
    expect(landingRoute('counsellor', routeFromHash('#/'))).toEqual({ screen: 'caseload' });
    expect(landingRoute('controller', routeFromHash('#/'))).toEqual({ screen: 'history' });
  });

  it('keeps an address that names something the role may open', () => {
    const portfolio = routeFromHash('#/?counsellor=CNS-02');
    expect(landingRoute('team_lead', portfolio)).toBe(portfolio);
    const seeker = routeFromHash('#/seeker/DE-000016');
    expect(landingRoute('team_lead', seeker)).toBe(seeker);
    expect(landingRoute('counsellor', routeFromHash('#/team'))).toEqual({ screen: 'caseload' });
  });

  it('takes the DPO to their screen, and never to a person’s page or a portfolio', () => {
    expect(landingRoute('dpo', routeFromHash('#/'))).toEqual({ screen: 'dpo' });
    expect(landingRoute('dpo', routeFromHash('#/seeker/DE-000016'))).toEqual({ screen: 'dpo' });
    expect(landingRoute('dpo', routeFromHash('#/report/DE-000016'))).toEqual({ screen: 'dpo' });
    // The right-of-access document's print page is the DPO's, and nobody else's.
    const dossier = routeFromHash('#/dpo/DE-000016?print=1&lang=en');
    expect(dossier).toEqual({ screen: 'dossier', seekerId: 'DE-000016' });
    expect(landingRoute('dpo', dossier)).toBe(dossier);
    expect(landingRoute('counsellor', dossier)).toEqual({ screen: 'caseload' });
    expect(routeFromHash(hashOf(dossier))).toEqual(dossier);
  });
});

describe('the caseload address', () => {
  it('carries a counsellor and a signal, and reads them back', () => {
    const route = { screen: 'caseload', counsellorId: 'CNS-02', signal: 'narrow_search' } as const;
    expect(hashOf(route)).toBe('#/?counsellor=CNS-02&signal=narrow_search');
    expect(routeFromHash(hashOf(route))).toEqual(route);
    expect(hashOf({ screen: 'caseload' })).toBe('#/');
  });

  it('ignores a signal that does not exist', () => {
    expect(routeFromHash('#/?signal=nonsense')).toEqual({ screen: 'caseload' });
  });
});
