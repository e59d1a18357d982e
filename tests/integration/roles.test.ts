// The rules of who may do what, enforced where the data is served: every channel
// called as each role (and as nobody), then the portfolio boundaries inside the
// channels a role may call. The table below is the specification, written out rather
// than derived from the contract, so a change to either shows up here. A call a role
// may make must succeed, on a set-up where it can (the app host with its backups, a
// desktop platform whose dialogs save into a folder), and do what it is for: each
// channel's scenario arranges what the call needs and checks what it did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { RECOMMENDATION_IDS } from '../../shared/analysis/types';
import { CHANNELS } from '../../shared/api/contract';
import type { ArgsOf, Channel, ResultOf } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { Role } from '../../shared/auth/roles';
import { ROLES } from '../../shared/auth/roles';
import type { Platform, Services } from '../../server/api/handlers';
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import { startAppHost } from '../../server/host/app-host';
import { createImportRepository } from '../../server/db/import-repository';
import { importJournalFiles } from '../../server/import/import-journals';
import { EVERYONE } from '../../server/import/import-types';
import type { AppHost } from '../../server/host/app-host';
import { addTestUsers, apiFor, tableExport } from '../helpers/api';
import { seeker, writeJsonl } from '../helpers/journals';
import { demoDatabase, testReferentials, TEST_NOW } from '../helpers/services';

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
  'export.table': ['counsellor', 'team_lead', 'admin'],
  // The DPO's channels, and no portfolio channel is the DPO's: every one above refuses them.
  'dpo.accessLog': ['dpo'],
  'dpo.dossier': ['dpo'],
  'dpo.export': ['dpo'],
  'app.startupProblem': [ANYONE],
  'backup.list': ['team_lead', 'admin'],
  'backup.create': ['team_lead', 'admin'],
  'backup.restore': ['admin'],
  'backup.restoreLatestAtStartup': [ANYONE],
  'retention.get': ['admin'],
  'retention.update': ['admin'],
};

/** A demo user of each role; CNS-01 is in RE-1's team (EQ-1). */
const USER_OF: Record<Role, string> = {
  counsellor: 'CNS-01',
  team_lead: 'RE-1',
  controller: 'CTRL-1',
  admin: 'admin',
  dpo: 'DPO-1',
};

/** The portfolios each role reads: CNS-01's own, RE-1's team. */
const PORTFOLIO_OF: Partial<Record<Role, string[]>> = {
  counsellor: ['CNS-01'],
  team_lead: ['CNS-01', 'CNS-02', 'CNS-03', 'CNS-04'],
};

type Caller = Role | null;

/** How a channel is called so that it can succeed, and what a successful call did. */
interface Scenario<K extends Channel> {
  args(caller: Caller): ArgsOf<K> | Promise<ArgsOf<K>>;
  effect(value: ResultOf<K>, caller: Caller, args: ArgsOf<K>): void | Promise<void>;
}

/** A PDF as small as a page counter reads: the fake printer's output. */
function onePagePdf(text: string): Uint8Array {
  return Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n% ${text}\n%%EOF\n`, 'latin1');
}

describe('roles, enforced in the handlers', () => {
  let dir: string;
  let host: AppHost;
  /** Where the desktop platform's save dialogs put files. */
  let savedDir: string;
  /** A seeker of CNS-01 (team EQ-1) with two recommendations, and one of CNS-05 (team EQ-2). */
  let own = '';
  let otherTeam = '';
  /** A seeker of CNS-01 (registered 2025-09, declaring 2026-09 and 2026-10) and a month they left empty. */
  const withGap = { seekerId: 'ROLES-GAP', period: '2026-08' };

  const services = (): Services => host.services()!;
  const db = () => services().context.db;
  const as = (userId: string | null) => apiFor(services, userId);
  const asCaller = (caller: Caller) => as(caller === null ? null : USER_OF[caller]);
  const newestAudit = () => services().context.audit.page({ kind: 'all' }, null, 1).entries[0]!;
  const auditSince = (entryRef: number) =>
    services()
      .context.audit.page({ kind: 'all' }, null, 20)
      .entries.filter((e) => e.entryRef > entryRef);
  let auditBefore = 0;
  const pageOf = (seekerId: string) => as('CNS-01').call('seeker.get', { seekerId, asOf: AS_OF });

  /**
   * The desktop app's platform, its dialogs answered at once: a save writes the file
   * into `savedDir`, the open dialog picks `picked.jsonl`, and the report is "printed"
   * by reading it through the print session, as the real page does.
   */
  const desktop: Platform = {
    mode: 'electron',
    chooseImportFiles: () => Promise.resolve([join(dir, 'picked.jsonl')]),
    saveTextFile: (name, content) => {
      writeFileSync(join(savedDir, name), content);
      return Promise.resolve(true);
    },
    saveBinaryFile: (name, content) => {
      writeFileSync(join(savedDir, name), content);
      return Promise.resolve(true);
    },
    savePdfFile: (name, pdf) => {
      writeFileSync(join(savedDir, name), pdf);
      return Promise.resolve(true);
    },
    printReport: async (job) => {
      if (job.page === 'dossier') {
        const dossier = await dispatch(
          services().handlers,
          'dpo.dossier',
          { seekerId: job.seekerId },
          services().contextFor(job.session),
        );
        if (!dossier.ok) throw new Error(`the print session could not read the dossier`);
        return onePagePdf(`Dossier of ${(dossier.value as ResultOf<'dpo.dossier'>).seekerId}`);
      }
      const report = await dispatch(
        services().handlers,
        'report.get',
        { seekerId: job.seekerId, asOf: job.asOf },
        services().contextFor(job.session),
      );
      if (!report.ok) throw new Error(`the print session could not read the report`);
      const { seeker_id } = (report.value as ResultOf<'report.get'>).page.journal;
      return onePagePdf(`Interview report of ${seeker_id}`);
    },
  };

  /** A JSON Lines file of one new person, named after who imports it. */
  function importFile(caller: Caller): { path: string; seekerId: string } {
    const seekerId = `ROLES-${caller}`.replace('_', '-');
    const path = writeJsonl(join(dir, `roles-${caller}.jsonl`), [seeker(seekerId)]);
    return { path, seekerId };
  }

  async function importedToEnd(jobId: string, caller: Caller) {
    await services().imports.idle();
    return services().imports.status(jobId, USER_OF[caller!]);
  }

  const SCENARIOS: { [K in Channel]: Scenario<K> } = {
    'app.info': {
      args: () => ({}),
      effect: (info, caller) => {
        expect(info.user?.userId ?? null).toBe(caller === null ? null : USER_OF[caller]);
        expect(info.counsellors.map((c) => c.id)).toEqual((caller && PORTFOLIO_OF[caller]) ?? []);
      },
    },
    'auth.signIn': {
      args: () => ({ userId: 'CNS-02', password: 'demo-jalon' }),
      effect: ({ user, sessionToken }) => {
        expect(user.userId).toBe('CNS-02');
        expect(services().sessions.resolve(sessionToken)?.user.userId).toBe('CNS-02');
        expect(newestAudit()).toMatchObject({ actor: 'CNS-02', action: 'sign_in' });
      },
    },
    'auth.signOut': {
      args: () => {
        auditBefore = newestAudit().entryRef;
        return {};
      },
      effect: (value, caller) => {
        expect(value).toBe(true);
        // A signed-in caller's sign-out is in the trail; nobody's leaves nothing.
        expect(auditSince(auditBefore).map((e) => [e.action, e.actor])).toEqual(
          caller === null ? [] : [['sign_out', USER_OF[caller]]],
        );
      },
    },
    'caseload.list': {
      args: () => ({ counsellorId: null, asOf: AS_OF }),
      effect: (caseload, caller) => {
        expect(caseload.rows.length).toBeGreaterThan(0);
        expect([...new Set(caseload.rows.map((r) => r.counsellorId))].sort()).toEqual(
          PORTFOLIO_OF[caller!],
        );
      },
    },
    'seeker.get': {
      args: () => ({ seekerId: own, asOf: AS_OF }),
      effect: (page, caller) => {
        expect(page.journal.seeker_id).toBe(own);
        expect(page.analysis.recommendations.length).toBeGreaterThan(0);
        expect(page.canEdit).toBe(caller === 'counsellor');
      },
    },
    'recommendation.accept': {
      args: async () => ({
        seekerId: own,
        recommendationId: (await pageOf(own)).analysis.recommendations[0]!.id,
        asOf: AS_OF,
      }),
      effect: async (item, _caller, { recommendationId }) => {
        expect(item.recommendationId).toBe(recommendationId);
        expect((await pageOf(own)).actionPlan).toContainEqual(item);
        expect(newestAudit()).toMatchObject({ action: 'recommendation.accept', seekerId: own });
      },
    },
    'recommendation.dismiss': {
      args: async () => ({
        seekerId: own,
        recommendationId: (await pageOf(own)).analysis.recommendations.at(-1)!.id,
        asOf: AS_OF,
        reason: 'Déjà fait',
      }),
      effect: async (dismissal, _caller, { recommendationId }) => {
        expect(dismissal).toMatchObject({ recommendationId, reason: 'Déjà fait' });
        expect((await pageOf(own)).dismissals).toContainEqual(dismissal);
      },
    },
    'plan.add': {
      args: () => ({ seekerId: own, label: 'Atelier CV', dueOn: '2026-11-15' }),
      effect: async (item) => {
        expect(item).toMatchObject({ label: 'Atelier CV', dueOn: '2026-11-15', status: 'todo' });
        expect((await pageOf(own)).actionPlan).toContainEqual(item);
      },
    },
    'plan.update': {
      args: async () => {
        const item = await as('CNS-01').call('plan.add', {
          seekerId: own,
          label: 'Relancer l’agence',
          dueOn: null,
        });
        return { seekerId: own, itemId: item.id, status: 'done' as const };
      },
      effect: async (item, _caller, { itemId }) => {
        expect(item).toMatchObject({ id: itemId, status: 'done' });
        expect((await pageOf(own)).actionPlan).toContainEqual(item);
      },
    },
    'notes.add': {
      args: () => ({ seekerId: own, text: 'Appel ce matin.' }),
      effect: async (note) => {
        expect(note.text).toBe('Appel ce matin.');
        expect((await pageOf(own)).notes[0]).toEqual(note);
      },
    },
    'journal.enterMonth': {
      args: () => ({
        seekerId: withGap.seekerId,
        asOf: AS_OF,
        month: { period: withGap.period, mood: 2, comment: null, actions: [] },
      }),
      effect: async (month, _caller, { seekerId, month: { period } }) => {
        expect(month).toMatchObject({ period, mood: 2, entered_by: 'counsellor' });
        const stored = (await pageOf(seekerId)).journal.months.find((m) => m.period === period);
        expect(stored).toMatchObject({ mood: 2, entered_by: 'counsellor' });
      },
    },
    'files.chooseForImport': {
      args: () => {
        writeJsonl(join(dir, 'picked.jsonl'), [seeker('ROLES-PICKED')]);
        return {};
      },
      effect: (staged) => {
        expect(staged).toEqual([
          expect.objectContaining({
            name: 'picked.jsonl',
            size: statSync(join(dir, 'picked.jsonl')).size,
          }),
        ]);
      },
    },
    'import.start': {
      args: (caller) => ({ files: [services().staged.stagePath(importFile(caller).path).id] }),
      effect: async (job, caller) => {
        expect(job.files).toEqual([`roles-${caller}.jsonl`]);
        expect((await importedToEnd(job.id, caller)).summary).toMatchObject({
          imported: 1,
          rejected: 0,
        });
        expect(services().context.journals.findSeeker(importFile(caller).seekerId)).toBeTruthy();
      },
    },
    'import.status': {
      args: async (caller) => {
        const staged = services().staged.stagePath(importFile(caller).path);
        const job = services().imports.start([staged.id], USER_OF[caller!], EVERYONE);
        await services().imports.idle();
        return { jobId: job.id };
      },
      effect: (job, caller) => {
        expect(job).toMatchObject({ state: 'completed', files: [`roles-${caller}.jsonl`] });
        expect(job.summary!.imported + job.summary!.unchanged).toBe(1);
      },
    },
    'import.preview': {
      args: (caller) => {
        const file = writeJsonl(join(dir, `preview-${caller}.jsonl`), [
          seeker(`PREVIEW-${String(caller).replace('_', '-')}`),
        ]);
        return { files: [services().staged.stagePath(file).id] };
      },
      effect: async (job, caller) => {
        expect(job).toMatchObject({ kind: 'preview', files: [`preview-${caller}.jsonl`] });
        expect((await importedToEnd(job.id, caller)).summary).toMatchObject({
          imported: 1,
          rejected: 0,
        });
        // A preview writes nothing.
        const seekerId = `PREVIEW-${String(caller).replace('_', '-')}`;
        expect(services().context.journals.findSeeker(seekerId)).toBeFalsy();
      },
    },
    'import.history': {
      args: async (caller) => {
        const staged = services().staged.stagePath(importFile(caller).path);
        services().imports.start([staged.id], USER_OF[caller!], EVERYONE);
        await services().imports.idle();
        return {};
      },
      effect: (runs, caller) => {
        expect(runs[0]).toMatchObject({
          files: [`roles-${caller}.jsonl`],
          status: 'completed',
          actor: USER_OF[caller!],
        });
      },
    },
    'import.issues': {
      args: async (caller) => {
        // An import with one rejected line, run by the caller (a team lead reads the lines
        // of their own imports only).
        const broken = writeJsonl(join(dir, `broken-${caller}.jsonl`), ['{"seeker_id": 1}']);
        const staged = services().staged.stagePath(broken).id;
        services().imports.start([staged], USER_OF[caller!], EVERYONE);
        await services().imports.idle();
        const importRef = createImportRepository(db())
          .list()
          .find((run) => run.files.includes(`broken-${caller}.jsonl`))!.importRef;
        return { importRef };
      },
      effect: ({ issues }, caller) => {
        expect(issues).toEqual([
          expect.objectContaining({
            file: `broken-${caller}.jsonl`,
            line: 1,
            severity: 'rejected',
          }),
        ]);
      },
    },
    'settings.get': {
      args: () => ({}),
      effect: (view) => {
        expect(view.current.version).toBe(
          services().context.settingsVersions.current().info.version,
        );
        expect(view.catalogue.length).toBeGreaterThan(0);
      },
    },
    'settings.update': {
      args: (caller) => {
        const { version: _version, ...settings } = DEFAULT_SETTINGS;
        const current = services().context.settingsVersions.current();
        // A change that moves no analysis: one recommendation's French label.
        const [first, ...rest] = current.catalogue;
        const relabelled = {
          ...first!,
          label: { ...first!.label, fr: `${first!.label.fr} (${caller})` },
        };
        return {
          basedOn: current.info.version,
          settings,
          catalogue: [relabelled, ...rest],
          reason: 'Essai de droits',
        };
      },
      effect: (view, caller, { basedOn, catalogue }) => {
        expect(view.current).toMatchObject({ reason: 'Essai de droits' });
        expect(view.catalogue[0]!.label.fr).toBe(catalogue[0]!.label.fr);
        expect(view.current.version).not.toBe(basedOn);
        expect(view.history.map((v) => v.version)).toContain(basedOn);
        expect(services().context.settingsVersions.current().info.version).toBe(
          view.current.version,
        );
        expect(newestAudit()).toMatchObject({ actor: USER_OF[caller!], action: 'settings.update' });
      },
    },
    'team.dashboard': {
      args: () => ({ asOf: AS_OF }),
      effect: (dashboard) => {
        expect(dashboard.team).toBe('EQ-1');
        expect(dashboard.current.map((c) => c.counsellorId)).toEqual(PORTFOLIO_OF.team_lead);
      },
    },
    'report.get': {
      args: () => ({ seekerId: own, asOf: AS_OF }),
      effect: (report, caller) => {
        expect(report.page.journal.seeker_id).toBe(own);
        expect(report.preparedBy).toBe(services().context.users.get(USER_OF[caller!])!.displayName);
      },
    },
    'report.exportPdf': {
      args: () => ({ seekerId: own, asOf: AS_OF }),
      effect: (exported, caller) => {
        expect(exported).toMatchObject({ saved: true, pdfBase64: null });
        expect(readFileSync(join(savedDir, exported.fileName), 'latin1')).toContain(
          `Interview report of ${own}`,
        );
        expect(newestAudit()).toMatchObject({
          actor: USER_OF[caller!],
          action: 'report',
          seekerId: own,
          details: { asOf: AS_OF, fileName: exported.fileName, pages: 1 },
        });
      },
    },
    'history.get': {
      args: () => ({ seekerId: own, reason: 'Contrôle de la recherche d’emploi' }),
      effect: (history) => {
        expect(history.journal.seeker_id).toBe(own);
        expect(newestAudit()).toMatchObject({
          actor: 'CTRL-1',
          action: 'history.view',
          seekerId: own,
          reason: 'Contrôle de la recherche d’emploi',
        });
      },
    },
    'audit.list': {
      args: () => ({ before: null, limit: 10 }),
      effect: (page) => {
        expect(page.entries.length).toBeGreaterThan(0);
        expect(page.entries.length).toBeLessThanOrEqual(10);
      },
    },
    'audit.historyViews': {
      args: async () => {
        await as('CTRL-1').call('history.get', { seekerId: own, reason: 'Vérification annuelle' });
        return {};
      },
      effect: (views) => {
        expect(views[0]).toMatchObject({
          controller: 'CTRL-1',
          seekerId: own,
          reason: 'Vérification annuelle',
        });
      },
    },
    'export.table': {
      args: () => tableExport('caseload', 'csv', 3),
      effect: (file, caller) => {
        expect(file).toMatchObject({ fileName: 'portefeuille.csv', saved: true, base64: null });
        const written = readFileSync(join(savedDir, file.fileName), 'utf8');
        expect(written).toContain('Personne 3');
        expect(newestAudit()).toMatchObject({
          actor: USER_OF[caller!],
          action: 'export',
          details: { kind: 'caseload', format: 'csv', fileName: 'portefeuille.csv', rows: 3 },
        });
      },
    },
    'dpo.accessLog': {
      args: async () => {
        await pageOf(own);
        return { seekerId: own.toLowerCase() };
      },
      effect: (log) => {
        expect(log.seekerId).toBe(own);
        expect(log.counsellorId).toBe('CNS-01');
        expect(log.reads[0]).toMatchObject({
          reader: 'CNS-01',
          what: 'seeker_page',
          seekerId: own,
        });
      },
    },
    // Only the print session of a dpo.export reads it: the DPO's own session is refused,
    // so its scenario is the export's print (below) and the refusal of a plain call.
    'dpo.dossier': {
      args: () => ({ seekerId: own }),
      effect: () => {
        throw new Error('dpo.dossier answers a print session only');
      },
    },
    'dpo.export': {
      args: () => ({ seekerId: own, format: 'json' as const }),
      effect: (file) => {
        expect(file).toMatchObject({ saved: true, base64: null });
        const dossier = JSON.parse(readFileSync(join(savedDir, file.fileName), 'utf8')) as {
          seekerId: string;
          producedBy: string;
        };
        expect(dossier).toMatchObject({ seekerId: own, producedBy: 'DPO-1' });
        expect(newestAudit()).toMatchObject({
          actor: 'DPO-1',
          action: 'dpo.export',
          seekerId: own,
          details: { format: 'json', fileName: file.fileName },
        });
      },
    },
    'app.startupProblem': {
      args: () => ({}),
      effect: (problem) => expect(problem).toBeNull(),
    },
    'backup.list': {
      args: () => ({}),
      effect: (backups) => {
        // The start made the first daily backup.
        expect(backups.length).toBeGreaterThan(0);
        expect(backups.map((b) => b.name)).toEqual(host.backups.list().map((b) => b.name));
        expect(backups.every((b) => b.verified)).toBe(true);
      },
    },
    'backup.create': {
      args: () => ({}),
      effect: (backup, caller) => {
        expect(backup).toMatchObject({ kind: 'manual', verified: true });
        expect(host.backups.list().map((b) => b.name)).toContain(backup.name);
        expect(newestAudit()).toMatchObject({ actor: USER_OF[caller!], action: 'backup.create' });
      },
    },
    'backup.restore': {
      args: async (caller) => {
        // A refused caller names a backup that exists, and makes none: each new one
        // at the test's fixed instant would push the restore's safety copy out of the rotation.
        if (caller !== 'admin') return { name: host.backups.list()[0]!.name };
        const { name } = await services().context.backups!.create('admin');
        // Written after the backup: the restore takes it away.
        await as('CNS-01').call('notes.add', { seekerId: own, text: `Après ${name}` });
        return { name };
      },
      effect: async (result, _caller, { name }) => {
        expect(result.restored).toBe(name);
        expect(existsSync(join(dir, 'backups', 'jalon.db', result.safetyBackup!))).toBe(true);
        const notes = (await pageOf(own)).notes.map((n) => n.text);
        expect(notes).toContain('Appel ce matin.');
        expect(notes).not.toContain(`Après ${name}`);
      },
    },
    // Answered by the host in recovery mode only (see the test below); a running app says so.
    'backup.restoreLatestAtStartup': {
      args: () => ({}),
      effect: () => {
        throw new Error('the running app has no start-up restore to make');
      },
    },
    'retention.get': {
      args: () => ({}),
      effect: (view) => {
        expect(view).toMatchObject({ months: services().context.retention.months() });
        expect(view.defaultMonths).toBe(24);
      },
    },
    'retention.update': {
      args: () => ({ months: services().context.retention.months() + 6 }),
      effect: (view, caller, { months }) => {
        expect(view.months).toBe(months);
        expect(services().context.retention.months()).toBe(months);
        expect(newestAudit()).toMatchObject({
          actor: USER_OF[caller!],
          action: 'retention.update',
          details: { months: { from: months - 6, to: months } },
        });
      },
    },
  };

  beforeAll(async () => {
    const demo = await demoDatabase('jalon-roles-', { seekers: 60, months: 12, seed: 11 });
    dir = demo.dir;
    await importJournalFiles(
      demo.db,
      [writeJsonl(join(dir, 'gap.jsonl'), [seeker(withGap.seekerId)])],
      {},
    );
    demo.db.close();
    savedDir = join(dir, 'saved');
    mkdirSync(savedDir);
    host = await startAppHost({
      databasePath: join(dir, 'jalon.db'),
      refs: testReferentials(),
      platform: desktop,
      version: '0.0.0-test',
      now: TEST_NOW,
      schedule: null,
      logError: () => {},
    });
    await host.idle();
    const seekersOf = (counsellor: string) =>
      db()
        .prepare<[string], { seeker_id: string }>(
          'SELECT seeker_id FROM seekers WHERE counsellor_id = ? ORDER BY seeker_id',
        )
        .all(counsellor)
        .map((r) => r.seeker_id);
    for (const id of seekersOf('CNS-01')) {
      if ((await pageOf(id)).analysis.recommendations.length >= 2) {
        own = id;
        break;
      }
    }
    expect(own, 'a seeker of CNS-01 with two recommendations').not.toBe('');
    otherTeam = seekersOf('CNS-05')[0]!;
  }, 60_000);

  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases = CHANNELS.flatMap((channel) =>
    [...ROLES, null].map((caller) => {
      const allowed = MAY_CALL[channel];
      const mayCall = allowed.includes(ANYONE) || (caller !== null && allowed.includes(caller));
      return { channel, caller, mayCall };
    }),
  );

  it.each(cases.filter((c) => !c.mayCall))(
    '$channel as $caller is refused',
    async ({ channel, caller }) => {
      const reply = await asCaller(caller).send(channel, await SCENARIOS[channel].args(caller));
      expect(reply).toMatchObject({
        ok: false,
        error: { code: caller === null ? 'unauthorized' : 'forbidden' },
      });
    },
  );

  it.each(
    cases.filter(
      (c) =>
        c.mayCall && c.channel !== 'backup.restoreLatestAtStartup' && c.channel !== 'dpo.dossier',
    ),
  )('$channel as $caller succeeds and does its work', async ({ channel, caller }) => {
    const scenario = SCENARIOS[channel] as Scenario<Channel>;
    const args = await scenario.args(caller);
    const reply = await asCaller(caller).send(channel, args);
    expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
    await scenario.effect((reply as { value: ResultOf<Channel> }).value, caller, args);
  });

  it('dpo.dossier is read by the print session of a dpo.export only, never by the DPO directly', async () => {
    expect(await as('DPO-1').send('dpo.dossier', { seekerId: own })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const file = await as('DPO-1').call('dpo.export', { seekerId: own, format: 'pdf' });
    expect(readFileSync(join(savedDir, file.fileName), 'latin1')).toContain(`Dossier of ${own}`);
    expect(newestAudit()).toMatchObject({
      actor: 'DPO-1',
      action: 'dpo.export',
      details: { format: 'pdf' },
    });
  });

  it.each([...ROLES, null])(
    'backup.restoreLatestAtStartup as %s, in a running app, says there is nothing to restore',
    async (caller) => {
      expect(await asCaller(caller).send('backup.restoreLatestAtStartup', {})).toEqual({
        ok: false,
        error: {
          code: 'unsupported',
          message: 'the database opened normally: restore from Réglages',
        },
      });
    },
  );

  it('backup.restoreLatestAtStartup, in recovery mode, restores the latest backup for anyone', async () => {
    // Nobody can sign in to a database that did not open: the channel is public.
    const path = join(dir, 'recovery', 'jalon.db');
    mkdirSync(join(dir, 'recovery'));
    const start = () =>
      startAppHost({
        databasePath: path,
        refs: testReferentials(),
        platform: BROWSER_PLATFORM,
        version: '0.0.0-test',
        now: TEST_NOW,
        schedule: null,
        logError: () => {},
      });
    const first = await start();
    addTestUsers(first.services()!);
    const { name } = await first.services()!.context.backups!.create('admin');
    await first.close();
    writeFileSync(path, Buffer.alloc(64 * 1024, 0x5a));
    const recovering = await start();
    try {
      expect(recovering.startupProblem()).toMatchObject({ kind: 'corrupt', canRestore: true });
      const reply = await dispatch(
        recovering.handlers,
        'backup.restoreLatestAtStartup',
        {},
        recovering.contextFor(null),
      );
      expect(reply).toMatchObject({ ok: true, value: { restored: name } });
      expect(recovering.startupProblem()).toBeNull();
      expect(recovering.services()!.context.users.get('CNS-01')).toBeTruthy();
    } finally {
      await recovering.close();
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
        error: { code: 'not_found' },
      });
    }
    // Nothing was written for the other seeker.
    const notes = db()
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
      error: { code: 'not_found' },
    });
  });

  it('an unknown seeker is not_found for whoever may read seekers', async () => {
    expect(
      await as('CNS-01').send('seeker.get', { seekerId: 'NOBODY', asOf: AS_OF }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a seeker one may not read answers exactly as one that does not exist, on every seeker channel', async () => {
    const unknown = 'DE-999999';
    const argsFor = (seekerId: string) =>
      ({
        'seeker.get': { seekerId, asOf: AS_OF },
        'report.get': { seekerId, asOf: AS_OF },
        'report.exportPdf': { seekerId, asOf: AS_OF },
        'recommendation.accept': { seekerId, recommendationId: RECOMMENDATION_IDS[0], asOf: AS_OF },
        'recommendation.dismiss': {
          seekerId,
          recommendationId: RECOMMENDATION_IDS[0],
          asOf: AS_OF,
          reason: 'Pas mon dossier',
        },
        'plan.add': { seekerId, label: 'Pas mon dossier', dueOn: null },
        'plan.update': { seekerId, itemId: 1, status: 'done' },
        'notes.add': { seekerId, text: 'Pas mon dossier' },
        'journal.enterMonth': {
          seekerId,
          asOf: AS_OF,
          month: { period: '2026-09', mood: 2, comment: null, actions: [] },
        },
      }) as const;
    const readers = [as('CNS-01'), as('RE-1')];
    for (const reader of readers) {
      for (const [channel, args] of Object.entries(argsFor(otherTeam))) {
        const refused = await reader.send(channel, args);
        const missing = await reader.send(channel, argsFor(unknown)[channel as 'seeker.get']);
        // The caller typed the id: the only difference allowed is the id itself.
        expect(JSON.stringify(refused).replaceAll(otherTeam, unknown), channel).toBe(
          JSON.stringify(missing),
        );
        expect(missing, channel).toMatchObject({
          ok: false,
          error: { code: expect.stringMatching(/^(not_found|forbidden)$/) },
        });
      }
    }
  });

  it('a disabled account loses its open session at its next call', async () => {
    const counsellor = as('CNS-03');
    expect((await counsellor.call('app.info', {})).user?.userId).toBe('CNS-03');
    services().context.users.setDisabled('CNS-03', true);
    try {
      expect(
        await counsellor.send('caseload.list', { counsellorId: null, asOf: AS_OF }),
      ).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    } finally {
      services().context.users.setDisabled('CNS-03', false);
    }
  });

  it('a print session reads its one report and nothing else', async () => {
    const user = services().context.users.get('RE-1')!;
    const token = services().sessions.open(
      { userId: user.userId, displayName: user.displayName, role: user.role, team: user.team },
      { printOf: own, lifetimeMs: 60_000 },
    );
    const call = (channel: string, args: unknown) =>
      dispatch(services().handlers, channel, args, services().contextFor(token));
    expect(await call('seeker.get', { seekerId: own, asOf: AS_OF })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('report.get', { seekerId: otherTeam, asOf: AS_OF })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const report = await call('report.get', { seekerId: own, asOf: AS_OF });
    expect(report).toMatchObject({ ok: true });
  });
});
