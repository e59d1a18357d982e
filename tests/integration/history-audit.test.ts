// The controller's history view and the audit trail's readers, through the dispatcher as
// each demo user, on a real SQLite file: who may call what, what a view records, and
// which entries a team lead, an administrator and a counsellor get to see.
import { declarationCalendar } from '../../shared/analysis/declaration-calendar';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { localIsoDate } from '../../server/local-date';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { AuditEntryView, AuditPage } from '../../shared/api/audit';
import type { Services } from '../../server/api/handlers';
import { openDatabase } from '../../server/db/database';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { loadReferentials } from '../../server/reference/load-reference';
import { apiFor, tableExport } from '../helpers/api';
import { useTempDir } from '../helpers/temp-dir';
import { testServices } from '../helpers/services';

const REFS = loadReferentials();
const REASON = 'Vérification de la déclaration d’octobre';

interface TrailRow {
  actor: string;
  action: string;
  seeker_id: string | null;
  reason: string | null;
  details: string;
}

describe('controller history and the audit trail’s readers', () => {
  let templateDir: string;
  let template: string;
  const tempDir = useTempDir();
  let db: Database;
  let services: Services;
  let clock: Date;

  const as = (userId: string | null) => apiFor(() => services, userId);
  const controller = as('CTRL-1');
  const admin = as('admin');

  // The demo (users of every role, three teams) is imported once; each test works on
  // its own copy of the file.
  beforeAll(async () => {
    templateDir = mkdtempSync(join(tmpdir(), 'jalon-history-'));
    template = join(templateDir, 'demo.db');
    const demo = openDatabase(template);
    await importDemoCaseload(demo, { seekers: 60, months: 6, seed: 11, endPeriod: '2026-10' });
    demo.close();
  }, 60_000);

  afterAll(() => rmSync(templateDir, { recursive: true, force: true }));

  beforeEach(() => {
    const path = join(tempDir(), 'jalon.db');
    copyFileSync(template, path);
    db = openDatabase(path);
    clock = new Date('2026-10-20T09:00:00Z');
    services = testServices(db, { refs: REFS, now: () => clock });
  });

  afterEach(async () => {
    await services.dispose();
    db.close();
  });

  /** The first seekers (by id) of a counsellor's portfolio. */
  function seekersOf(counsellorId: string, count = 1): string[] {
    const ids = db
      .prepare<{ counsellor_id: string; count: number }, { seeker_id: string }>(
        `SELECT seeker_id FROM seekers WHERE counsellor_id = @counsellor_id
         ORDER BY seeker_id LIMIT @count`,
      )
      .all({ counsellor_id: counsellorId, count })
      .map((r) => r.seeker_id);
    if (ids.length < count) throw new Error(`the demo gives ${counsellorId} too few seekers`);
    return ids;
  }

  function trail(): TrailRow[] {
    return db
      .prepare<[], TrailRow>(
        'SELECT actor, action, seeker_id, reason, details FROM audit_log ORDER BY entry_ref',
      )
      .all();
  }

  const historyViews = () => trail().filter((row) => row.action === 'history.view');

  function tick(minutes = 1): void {
    clock = new Date(clock.getTime() + minutes * 60_000);
  }

  /** Every entry the caller may list, newest first, through pages of `limit`. */
  async function listAll(userId: string, limit: number): Promise<AuditEntryView[]> {
    const api = as(userId);
    const entries: AuditEntryView[] = [];
    let before: number | null = null;
    do {
      const page: AuditPage = await api.call('audit.list', { before, limit });
      expect(page.entries.length).toBeLessThanOrEqual(limit);
      entries.push(...page.entries);
      before = page.nextBefore;
    } while (before !== null);
    return entries;
  }

  const summary = (e: AuditEntryView) => [e.actor, e.action, e.seekerId];

  describe('history.get', () => {
    it('gives a controller the journal as declared, computes nothing, and records the view with its reason', async () => {
      const [seekerId] = seekersOf('CNS-02');
      const analyse = vi.spyOn(services.context, 'analyse');

      const history = await controller.call('history.get', {
        seekerId: seekerId!,
        reason: `  ${REASON}  `,
      });

      expect(Object.keys(history).sort()).toEqual([
        'calendar',
        'communeNames',
        'journal',
        'romeLabels',
      ]);
      // Today's declaration calendar, nothing read from the journal: which month is still
      // being declared, so that it shows pending rather than silent.
      expect(history.calendar).toEqual(
        declarationCalendar(localIsoDate(clock), DEFAULT_SETTINGS.declarationWindow),
      );
      expect(history.journal).toEqual(services.context.journals.readJournal(seekerId!));
      expect(history.journal.months.length).toBeGreaterThan(0);
      for (const code of history.journal.ore.rome) {
        expect(history.romeLabels[code]).toBe(REFS.rome(code)!.label);
      }
      const actionCommunes = history.journal.months.flatMap((m) => m.actions.map((a) => a.commune));
      for (const code of actionCommunes.filter((c): c is string => c !== null)) {
        expect(history.communeNames[code]).toBe(REFS.commune(code)!.name);
      }
      expect(analyse).not.toHaveBeenCalled();

      expect(trail()).toEqual([
        {
          actor: 'CTRL-1',
          action: 'history.view',
          seeker_id: seekerId,
          reason: REASON,
          details: '{}',
        },
      ]);
      expect(services.context.audit.verify()).toEqual({ intact: true, entries: 1 });
    });

    it.each([
      ['a counsellor, even for their own seeker', 'CNS-02'],
      ['a team lead of that counsellor', 'RE-1'],
      ['an administrator', 'admin'],
    ])('is forbidden to %s, and records nothing', async (_who, userId) => {
      const [seekerId] = seekersOf('CNS-02');
      const reply = await as(userId).send('history.get', { seekerId, reason: REASON });
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(historyViews()).toEqual([]);
    });

    it('is unauthorized to nobody signed in', async () => {
      const [seekerId] = seekersOf('CNS-02');
      const reply = await as(null).send('history.get', { seekerId, reason: REASON });
      expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(historyViews()).toEqual([]);
    });

    it.each([
      ['that is shorter than 10 characters once trimmed', { reason: '   contrôle   ' }],
      ['that is missing', {}],
    ])('refuses a reason %s, and records nothing', async (_case, reasonArgs) => {
      const [seekerId] = seekersOf('CNS-02');
      const reply = await controller.send('history.get', { seekerId, ...reasonArgs });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
      expect(reply.ok === false && reply.error.message).toMatch(/reason/);
      expect(historyViews()).toEqual([]);
    });

    it('finds the seeker whatever the case of the identifier typed, and records the stored one', async () => {
      const [seekerId] = seekersOf('CNS-02');
      const typed = ` ${seekerId!.toLowerCase()} `;
      expect(typed.trim()).not.toBe(seekerId);
      const history = await controller.call('history.get', { seekerId: typed, reason: REASON });
      expect(history.journal.seeker_id).toBe(seekerId);
      expect(historyViews().map((view) => view.seeker_id)).toEqual([seekerId]);
    });

    it('is not_found for an unknown seeker, and records nothing', async () => {
      const reply = await controller.send('history.get', { seekerId: 'NOBODY-1', reason: REASON });
      expect(reply).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(trail()).toEqual([]);
    });
  });

  describe('audit.list', () => {
    /** One event by or about each team's people, plus the controller's views. */
    async function eventsInTwoTeams(): Promise<Record<string, string>> {
      const [team1Own] = seekersOf('CNS-01');
      const [team1Viewed] = seekersOf('CNS-02');
      const [team2Own] = seekersOf('CNS-05');
      const [team2Viewed] = seekersOf('CNS-06');
      await as('CNS-01').call('notes.add', { seekerId: team1Own!, text: 'Appel du 20/10.' });
      tick();
      await as('CNS-05').call('notes.add', { seekerId: team2Own!, text: 'RDV fixé.' });
      tick();
      await controller.call('history.get', { seekerId: team1Viewed!, reason: REASON });
      tick();
      await controller.call('history.get', { seekerId: team2Viewed!, reason: REASON });
      tick();
      const file = tableExport('caseload', 'csv', 3);
      await as('RE-1').call('export.table', file);
      await as('RE-2').call('export.table', file);
      return {
        team1Own: team1Own!,
        team1Viewed: team1Viewed!,
        team2Own: team2Own!,
        team2Viewed: team2Viewed!,
      };
    }

    it('gives a team lead the entries by their team’s people or about its seekers, and none of another team’s', async () => {
      const seekers = await eventsInTwoTeams();

      expect((await listAll('RE-1', 500)).map(summary)).toEqual([
        ['RE-1', 'export', null],
        ['CTRL-1', 'history.view', seekers.team1Viewed],
        ['CNS-01', 'note.add', seekers.team1Own],
      ]);
      expect((await listAll('RE-2', 500)).map(summary)).toEqual([
        ['RE-2', 'export', null],
        ['CTRL-1', 'history.view', seekers.team2Viewed],
        ['CNS-05', 'note.add', seekers.team2Own],
      ]);
    });

    it('shows who acted by name, with the reason and the details as recorded', async () => {
      await eventsInTwoTeams();
      const [exported, viewed, noted] = await listAll('RE-1', 500);
      expect(exported).toMatchObject({
        actorName: 'Responsable Équipe Rhône',
        details: { kind: 'caseload', fileName: 'portefeuille.csv', rows: 3 },
        reason: null,
      });
      expect(viewed).toMatchObject({
        actorName: 'Contrôleur démo',
        reason: REASON,
        at: '2026-10-20T09:02:00.000Z',
      });
      expect(noted).toMatchObject({ actorName: 'Nathalie Fournier', details: { length: 15 } });
    });

    it('gives an administrator every entry, page by page from the newest, without gaps or repeats', async () => {
      await eventsInTwoTeams();
      const everything = trail().reverse();
      const paged = await listAll('admin', 4);
      expect(paged.map(summary)).toEqual(everything.map((r) => [r.actor, r.action, r.seeker_id]));
      expect(paged.map((e) => e.entryRef)).toEqual([6, 5, 4, 3, 2, 1]);

      const first = await admin.call('audit.list', { before: null, limit: 4 });
      expect(first.nextBefore).toBe(3);
      const last = await admin.call('audit.list', { before: 3, limit: 4 });
      expect(last).toMatchObject({ nextBefore: null });
      expect(last.entries.map((e) => e.entryRef)).toEqual([2, 1]);
    });

    it.each([
      ['a counsellor', 'CNS-01'],
      ['a controller', 'CTRL-1'],
    ])('is forbidden to %s', async (_who, userId) => {
      const reply = await as(userId).send('audit.list', { before: null, limit: 50 });
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    });

    it('refuses a page larger than 500 entries', async () => {
      const reply = await admin.send('audit.list', { before: null, limit: 501 });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
    });
  });

  describe('audit.historyViews', () => {
    it('tells a counsellor who viewed their seekers’ history, when and why, and nothing about other portfolios', async () => {
      const [first, second] = seekersOf('CNS-01', 2);
      const [colleagues] = seekersOf('CNS-02');
      await controller.call('history.get', { seekerId: first!, reason: REASON });
      tick(30);
      await controller.call('history.get', {
        seekerId: colleagues!,
        reason: 'Réclamation reçue le 15 octobre',
      });
      tick(30);
      await controller.call('history.get', {
        seekerId: second!,
        reason: 'Contrôle de cohérence des périodes',
      });
      const journal = services.context.journals.readJournal(second!)!;

      const views = await as('CNS-01').call('audit.historyViews', {});
      expect(views.map((v) => [v.seekerId, v.reason, v.at])).toEqual([
        [second, 'Contrôle de cohérence des périodes', '2026-10-20T10:00:00.000Z'],
        [first, REASON, '2026-10-20T09:00:00.000Z'],
      ]);
      expect(views[0]).toMatchObject({
        controller: 'CTRL-1',
        controllerName: 'Contrôleur démo',
        seekerName: `${journal.first_name} ${journal.last_name}`,
      });
      expect((await as('CNS-02').call('audit.historyViews', {})).map((v) => v.seekerId)).toEqual([
        colleagues,
      ]);
      expect(await as('CNS-05').call('audit.historyViews', {})).toEqual([]);
    });

    it.each([
      ['a team lead', 'RE-1'],
      ['a controller', 'CTRL-1'],
      ['an administrator', 'admin'],
    ])('is forbidden to %s', async (_who, userId) => {
      const reply = await as(userId).send('audit.historyViews', {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    });
  });

  describe('export.table', () => {
    it('records the file the server wrote (its rows, size and digest) under who exported it', async () => {
      const file = await as('RE-1').call('export.table', tableExport('import_issues', 'xlsx', 12));
      expect(file.fileName).toBe('portefeuille.xlsx');
      const bytes = Buffer.from(file.base64!, 'base64');
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(trail()).toEqual([
        {
          actor: 'RE-1',
          action: 'export',
          seeker_id: null,
          reason: null,
          details: JSON.stringify({
            kind: 'import_issues',
            format: 'xlsx',
            fileName: 'portefeuille.xlsx',
            rows: 12,
            bytes: bytes.byteLength,
            sha256: createHash('sha256').update(bytes).digest('hex'),
          }),
        },
      ]);
    });

    it('records the rows it wrote, never a figure the page reports', async () => {
      // The old audit.recordExport recorded `rows: 99999999` as the page said.
      const reported = { ...tableExport('caseload', 'csv', 2), rows: 99999999 };
      const refused = await as('CNS-01').send('export.table', reported);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
      expect(trail()).toEqual([]);

      const file = await as('CNS-01').call('export.table', tableExport('caseload', 'csv', 2));
      expect(
        Buffer.from(file.base64!, 'base64').toString('utf8').trim().split('\r\n'),
      ).toHaveLength(3);
      expect(JSON.parse(trail()[0]!.details)).toMatchObject({ rows: 2 });
      // A caseload export is a read of the portfolio, in the access log with the same count.
      expect(services.context.accessLog.ofSeeker('none', 'CNS-01')).toMatchObject([
        { reader: 'CNS-01', what: 'export', portfolio: ['CNS-01'], seekers: 2 },
      ]);
    });

    it.each([
      ['a path instead of a file name', { baseName: '../portefeuille' }],
      ['an unknown kind', { kind: 'journals' }],
      ['an unknown format', { format: 'ods' }],
      ['no format', { format: undefined }],
      ['a table without columns', { table: { sheetName: 'P', columns: [], rows: [] } }],
    ])('refuses %s, and records nothing', async (_case, change) => {
      const args = { ...tableExport('caseload', 'csv', 3), ...change };
      const reply = await as('CNS-01').send('export.table', args);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
      expect(trail()).toEqual([]);
    });

    it('is forbidden to a controller, who exports nothing', async () => {
      const reply = await controller.send('export.table', tableExport('caseload', 'csv', 3));
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(trail()).toEqual([]);
    });
  });
});
