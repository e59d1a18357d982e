// The rules of who may do what, enforced where the data is served: every channel
// called as each role (and as nobody), then the portfolio boundaries inside the
// channels a role may call. The table below is the specification, written out rather
// than derived from the contract, so a change to either shows up here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { RECOMMENDATION_CATALOGUE } from '../../shared/analysis/recommendations';
import { CHANNELS } from '../../shared/api/contract';
import type { ArgsOf, Channel } from '../../shared/api/contract';
import type { Role } from '../../shared/auth/roles';
import { ROLES } from '../../shared/auth/roles';
import type { Services } from '../../electron/services/api/handlers';
import { apiFor } from '../helpers/api';
import { demoDatabase, testServices, TEST_NOW } from '../helpers/services';

const AS_OF = '2026-10-20';
const ANYONE = 'anyone';

const MAY_CALL: Record<Channel, readonly (Role | typeof ANYONE)[]> = {
  'app.info': [ANYONE],
  'auth.signIn': [ANYONE],
  'auth.signOut': [ANYONE],
  'caseload.list': ['counsellor', 'team_lead'],
  'seeker.get': ['counsellor', 'team_lead'],
  'recommendation.accept': ['counsellor'],
  'recommendation.dismiss': ['counsellor'],
  'plan.add': ['counsellor'],
  'plan.update': ['counsellor'],
  'notes.add': ['counsellor'],
  'journal.enterMonth': ['counsellor'],
  'files.chooseForImport': ['team_lead', 'admin'],
  'files.saveText': ['counsellor', 'team_lead', 'admin'],
  'files.saveBinary': ['counsellor', 'team_lead', 'admin'],
  'import.start': ['team_lead', 'admin'],
  'import.status': ['team_lead', 'admin'],
  'import.preview': ['team_lead', 'admin'],
  'import.history': ['team_lead', 'admin'],
  'import.issues': ['team_lead', 'admin'],
  'settings.get': ['counsellor', 'team_lead', 'admin'],
  'settings.update': ['team_lead', 'admin'],
  'team.dashboard': ['team_lead'],
  'report.get': ['counsellor', 'team_lead'],
  'report.exportPdf': ['counsellor', 'team_lead'],
  'history.get': ['controller'],
  'audit.list': ['team_lead', 'admin'],
  'audit.historyViews': ['counsellor'],
  'audit.recordExport': ['counsellor', 'team_lead', 'admin'],
  'app.startupProblem': [ANYONE],
  'backup.list': ['team_lead', 'admin'],
  'backup.create': ['team_lead', 'admin'],
  'backup.restore': ['admin'],
  'backup.restoreLatestAtStartup': [ANYONE],
};

/** A demo user of each role; CNS-01 is in RE-1's team (EQ-1). */
const USER_OF: Record<Role, string> = {
  counsellor: 'CNS-01',
  team_lead: 'RE-1',
  controller: 'CTRL-1',
  admin: 'admin',
};

describe('roles, enforced in the handlers', () => {
  let dir: string;
  let db: Database;
  let services: Services;
  /** A seeker of CNS-01 (team EQ-1) and one of CNS-05 (team EQ-2). */
  let own = '';
  let otherTeam = '';

  const as = (userId: string | null) => apiFor(() => services, userId);

  function validArgs(channel: Channel): ArgsOf<Channel> {
    const { version: _version, ...settings } = DEFAULT_SETTINGS;
    const args: { [K in Channel]: ArgsOf<K> } = {
      'app.info': {},
      'auth.signIn': { userId: 'CNS-02', password: 'demo-jalon' },
      'auth.signOut': {},
      'caseload.list': { counsellorId: null, asOf: AS_OF },
      'seeker.get': { seekerId: own, asOf: AS_OF },
      'recommendation.accept': {
        seekerId: own,
        recommendationId: RECOMMENDATION_CATALOGUE[0]!.id,
        asOf: AS_OF,
      },
      'recommendation.dismiss': {
        seekerId: own,
        recommendationId: RECOMMENDATION_CATALOGUE[0]!.id,
        asOf: AS_OF,
        reason: 'Déjà fait',
      },
      'plan.add': { seekerId: own, label: 'Atelier CV', dueOn: null },
      'plan.update': { seekerId: own, itemId: 999, status: 'done' },
      'notes.add': { seekerId: own, text: 'Appel ce matin.' },
      'journal.enterMonth': {
        seekerId: own,
        asOf: AS_OF,
        month: { period: '2026-10', mood: 3, comment: null, actions: [] },
      },
      'files.chooseForImport': {},
      'files.saveText': { suggestedName: 'export.csv', content: 'x' },
      'files.saveBinary': { suggestedName: 'export.xlsx', base64: 'UEsDBA==' },
      'import.start': { files: ['0'.repeat(32)] },
      'import.status': { jobId: '0'.repeat(32) },
      'import.preview': { files: ['0'.repeat(32)] },
      'import.history': {},
      'import.issues': { importRef: 1 },
      'settings.get': {},
      'settings.update': {
        basedOn: 'not-the-current-one',
        settings,
        catalogue: [...RECOMMENDATION_CATALOGUE],
        reason: 'Essai de droits',
      },
      'team.dashboard': { asOf: AS_OF },
      'report.get': { seekerId: own, asOf: AS_OF },
      'report.exportPdf': { seekerId: 'NOBODY', asOf: AS_OF },
      'history.get': { seekerId: own, reason: 'Contrôle de la recherche d’emploi' },
      'audit.list': { before: null, limit: 10 },
      'audit.historyViews': {},
      'audit.recordExport': {
        kind: 'caseload',
        format: 'csv',
        fileName: 'portefeuille.csv',
        rows: 3,
      },
      'app.startupProblem': {},
      'backup.list': {},
      'backup.create': {},
      'backup.restore': { name: 'jalon-2026-10-20T09-00-00-000Z-manual.db' },
      'backup.restoreLatestAtStartup': {},
    };
    return args[channel];
  }

  beforeAll(async () => {
    ({ dir, db } = await demoDatabase('jalon-roles-', { seekers: 60, months: 12, seed: 11 }));
    services = testServices(db, { now: TEST_NOW });
    const seekerOf = (counsellor: string) =>
      db
        .prepare<[string], { seeker_id: string }>(
          'SELECT seeker_id FROM seekers WHERE counsellor_id = ? ORDER BY seeker_id LIMIT 1',
        )
        .get(counsellor)!.seeker_id;
    own = seekerOf('CNS-01');
    otherTeam = seekerOf('CNS-05');
  }, 60_000);

  afterAll(async () => {
    await services.dispose();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases = CHANNELS.flatMap((channel) => [...ROLES, null].map((role) => ({ channel, role })));

  it.each(cases)('$channel as $role', async ({ channel, role }) => {
    const reply = await as(role === null ? null : USER_OF[role]).send(channel, validArgs(channel));
    const allowed = MAY_CALL[channel];
    const mayCall = allowed.includes(ANYONE) || (role !== null && allowed.includes(role));
    if (mayCall) {
      // Allowed through: the answer may still be a domain error (no such job…).
      if (!reply.ok) expect(['forbidden', 'unauthorized']).not.toContain(reply.error.code);
    } else {
      expect(reply).toMatchObject({
        ok: false,
        error: { code: role === null ? 'unauthorized' : 'forbidden' },
      });
    }
  });

  it('a counsellor reads and changes their own portfolio only', async () => {
    const counsellor = as('CNS-01');
    const caseload = await counsellor.call('caseload.list', { counsellorId: null, asOf: AS_OF });
    expect(caseload.rows.length).toBeGreaterThan(0);
    expect(new Set(caseload.rows.map((r) => r.counsellorId))).toEqual(new Set(['CNS-01']));
    expect(
      await counsellor.send('caseload.list', { counsellorId: 'CNS-02', asOf: AS_OF }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await counsellor.call('seeker.get', { seekerId: own, asOf: AS_OF })).canEdit).toBe(
      true,
    );
    for (const [channel, args] of [
      ['seeker.get', { seekerId: otherTeam, asOf: AS_OF }],
      ['report.get', { seekerId: otherTeam, asOf: AS_OF }],
      ['notes.add', { seekerId: otherTeam, text: 'Pas mon dossier' }],
      ['plan.add', { seekerId: otherTeam, label: 'Pas mon dossier', dueOn: null }],
    ] as const) {
      expect(await counsellor.send(channel, args)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    // Nothing was written for the other seeker.
    const notes = db
      .prepare<[string], { n: number }>(
        `SELECT count(*) AS n FROM seeker_notes n
         JOIN seekers s ON s.seeker_ref = n.seeker_ref WHERE s.seeker_id = ?`,
      )
      .get(otherTeam)!;
    expect(notes.n).toBe(0);
  });

  it('a team lead reads their team’s portfolios, not another team’s, and changes nothing', async () => {
    const lead = as('RE-1');
    const info = await lead.call('app.info', {});
    const team = info.counsellors.map((c) => c.id);
    expect(team).toEqual(['CNS-01', 'CNS-02', 'CNS-03', 'CNS-04']);
    const caseload = await lead.call('caseload.list', { counsellorId: null, asOf: AS_OF });
    expect(new Set(caseload.rows.map((r) => r.counsellorId))).toEqual(new Set(team));
    expect(await lead.send('caseload.list', { counsellorId: 'CNS-05', asOf: AS_OF })).toMatchObject(
      { ok: false, error: { code: 'forbidden' } },
    );
    const page = await lead.call('seeker.get', { seekerId: own, asOf: AS_OF });
    expect(page.canEdit).toBe(false);
    expect(await lead.send('seeker.get', { seekerId: otherTeam, asOf: AS_OF })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('an unknown seeker is not_found for whoever may read seekers', async () => {
    expect(
      await as('CNS-01').send('seeker.get', { seekerId: 'NOBODY', asOf: AS_OF }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a disabled account loses its open session at its next call', async () => {
    const counsellor = as('CNS-03');
    expect((await counsellor.call('app.info', {})).user?.userId).toBe('CNS-03');
    services.context.users.setDisabled('CNS-03', true);
    try {
      expect(
        await counsellor.send('caseload.list', { counsellorId: null, asOf: AS_OF }),
      ).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    } finally {
      services.context.users.setDisabled('CNS-03', false);
    }
  });

  it('a print session reads its one report and nothing else', async () => {
    const user = services.context.users.get('RE-1')!;
    const token = services.sessions.open(
      { userId: user.userId, displayName: user.displayName, role: user.role, team: user.team },
      { printOf: own, lifetimeMs: 60_000 },
    );
    const { dispatch } = await import('../../shared/api/dispatch');
    const call = (channel: string, args: unknown) =>
      dispatch(services.handlers, channel, args, services.contextFor(token));
    expect(await call('seeker.get', { seekerId: own, asOf: AS_OF })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('report.get', { seekerId: otherTeam, asOf: AS_OF })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const report = await call('report.get', { seekerId: own, asOf: AS_OF });
    expect(report).toMatchObject({ ok: true });
  });
});
