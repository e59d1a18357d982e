// Whose people an import may create or change, through the handlers on a real SQLite
// file with the demo agency's users: a team lead only their own team's (issue 16, hole
// 1: RE-1 relabelled a seeker of EQ-2 to CNS-01 and read their file), an administrator
// everyone's. A change of counsellor is a reassignment the audit trail records.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ImportJob } from '../../shared/api/contract';
import type { Services } from '../../server/api/handlers';
import { openDatabase } from '../../server/db/database';
import { createAuditRepository } from '../../server/db/audit-repository';
import { createImportRepository } from '../../server/db/import-repository';
import { addDemoUsers } from '../../server/demo/demo-users';
import { importJournalFiles } from '../../server/import/import-journals';
import { reasonText } from '../../shared/journal/reason-text';
import { apiFor } from '../helpers/api';
import { jalon } from '../helpers/cli';
import { seeker, writeJsonl } from '../helpers/journals';
import { testReferentials, testServices, TEST_NOW } from '../helpers/services';

describe('the scope of an import', () => {
  let dir: string;
  let db: Database;
  let services: Services;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jalon-import-scope-'));
    db = openDatabase(join(dir, 'jalon.db'));
    addDemoUsers(db);
    // CNS-01 and CNS-02 are in RE-1's team (EQ-1), CNS-05 in RE-2's (EQ-2).
    const start = writeJsonl(join(dir, 'start.jsonl'), [
      seeker('DE-EQ1', { counsellor_id: 'CNS-01' }),
      seeker('DE-EQ2', { counsellor_id: 'CNS-05', last_name: 'Roche-Suivi' }),
    ]);
    await importJournalFiles(db, [start], { referentials: testReferentials(), now: TEST_NOW });
    services = testServices(db, { now: TEST_NOW });
  });

  afterEach(async () => {
    await services.dispose();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const counsellorOf = (seekerId: string) =>
    services.context.journals.findSeeker(seekerId)?.counsellorId;

  async function importAs(
    userId: string,
    files: string[],
    channel: 'import.start' | 'import.preview' = 'import.start',
  ): Promise<ImportJob> {
    const api = apiFor(() => services, userId);
    const staged = files.map((f) => services.staged.stagePath(f).id);
    const job = await api.call(channel, { files: staged });
    await services.imports.idle();
    return api.call('import.status', { jobId: job.id });
  }

  const reassignments = () =>
    createAuditRepository(db)
      .page({ kind: 'all' }, null, 500)
      .entries.filter((e) => e.action === 'seeker.reassign');

  it('rejects a team lead relabelling another team’s seeker to their own counsellor', async () => {
    const before = services.context.journals.findSeeker('DE-EQ2')!;
    const attack = writeJsonl(join(dir, 'attack.jsonl'), [
      seeker('DE-EQ2', { counsellor_id: 'CNS-01', last_name: 'Roche-Suivi' }),
    ]);

    const job = await importAs('RE-1', [attack]);

    expect(job.summary).toMatchObject({ imported: 0, updated: 0, unchanged: 0, rejected: 1 });
    const issue = job.summary!.issues.issues[0]!;
    expect(issue).toMatchObject({ file: 'attack.jsonl', line: 1, seekerId: 'DE-EQ2' });
    expect(issue.reason.parts[0]).toMatchObject({
      key: 'seeker_outside_scope',
      params: { seekerId: 'DE-EQ2' },
    });
    expect(reasonText(issue.reason, 'fr')).toContain('suivi hors de votre équipe');
    expect(reasonText(issue.reason, 'en')).toContain('followed outside your team');
    // Nothing of the person moved: their counsellor, their journal, who may read them.
    expect(services.context.journals.findSeeker('DE-EQ2')).toEqual(before);
    expect(counsellorOf('DE-EQ2')).toBe('CNS-05');
    const asOf = '2026-10-20';
    const owner = await apiFor(() => services, 'CNS-05').send('seeker.get', {
      seekerId: 'DE-EQ2',
      asOf,
    });
    expect(owner).toMatchObject({ ok: true });
    // Neither may read the person: answered as for a person who does not exist.
    for (const intruder of ['CNS-01', 'RE-1']) {
      const reply = await apiFor(() => services, intruder).send('seeker.get', {
        seekerId: 'DE-EQ2',
        asOf,
      });
      expect(reply, intruder).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(reassignments()).toEqual([]);
  });

  it('rejects a team lead giving a person to another team’s counsellor, new or their own', async () => {
    const lines = writeJsonl(join(dir, 'outward.jsonl'), [
      seeker('DE-NEW', { counsellor_id: 'CNS-06' }),
      seeker('DE-EQ1', { counsellor_id: 'CNS-05' }),
    ]);

    const job = await importAs('RE-1', [lines]);

    expect(job.summary).toMatchObject({ imported: 0, updated: 0, rejected: 2 });
    expect(job.summary!.issues.issues.map((i) => [i.line, i.reason.parts[0]])).toEqual([
      [
        1,
        {
          path: 'counsellor_id',
          key: 'counsellor_outside_scope',
          params: { counsellorId: 'CNS-06' },
        },
      ],
      [
        2,
        {
          path: 'counsellor_id',
          key: 'counsellor_outside_scope',
          params: { counsellorId: 'CNS-05' },
        },
      ],
    ]);
    expect(counsellorOf('DE-NEW')).toBeUndefined();
    expect(counsellorOf('DE-EQ1')).toBe('CNS-01');
  });

  it('imports the lines in scope beside the rejected ones, and shows the same in a preview', async () => {
    const mixed = writeJsonl(join(dir, 'mixed.jsonl'), [
      seeker('DE-EQ2', { counsellor_id: 'CNS-01' }),
      seeker('DE-EQ1-BIS', { counsellor_id: 'CNS-02' }),
    ]);

    const preview = await importAs('RE-1', [mixed], 'import.preview');
    expect(preview.summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(counsellorOf('DE-EQ1-BIS')).toBeUndefined();

    const job = await importAs('RE-1', [mixed]);
    expect(job.summary).toMatchObject({ imported: 1, rejected: 1 });
    expect(counsellorOf('DE-EQ1-BIS')).toBe('CNS-02');
    expect(counsellorOf('DE-EQ2')).toBe('CNS-05');
  });

  it('records a reassignment within the team in the audit trail: who, from whom, to whom', async () => {
    const move = writeJsonl(join(dir, 'move.jsonl'), [
      seeker('DE-EQ1', { counsellor_id: 'CNS-02' }),
    ]);

    const job = await importAs('RE-1', [move]);

    expect(job.summary).toMatchObject({ updated: 1, rejected: 0 });
    expect(counsellorOf('DE-EQ1')).toBe('CNS-02');
    const [entry, ...others] = reassignments();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      actor: 'RE-1',
      seekerId: 'DE-EQ1',
      details: { from: 'CNS-01', to: 'CNS-02', importRef: expect.any(Number) as number },
    });
    // Each reassignment is an entry of its own, beside the import's.
    const imports = createAuditRepository(db)
      .page({ kind: 'all' }, null, 500)
      .entries.filter((e) => e.action === 'import' && e.actor === 'RE-1');
    expect(imports).toHaveLength(1);
    expect(imports[0]!.details.importRef).toBe(entry!.details.importRef);
    // RE-1's team sees it in their audit view.
    const page = await apiFor(() => services, 'RE-1').call('audit.list', {
      before: null,
      limit: 50,
    });
    expect(page.entries.some((e) => e.action === 'seeker.reassign')).toBe(true);
    expect(createAuditRepository(db).verify()).toMatchObject({ intact: true });
  });

  it('lets an administrator move anyone, recorded as a reassignment', async () => {
    const move = writeJsonl(join(dir, 'admin.jsonl'), [
      seeker('DE-EQ2', { counsellor_id: 'CNS-09', last_name: 'Roche-Suivi' }),
    ]);

    const job = await importAs('admin', [move]);

    expect(job.summary).toMatchObject({ updated: 1, rejected: 0 });
    expect(counsellorOf('DE-EQ2')).toBe('CNS-09');
    expect(reassignments()).toEqual([
      expect.objectContaining({
        actor: 'admin',
        seekerId: 'DE-EQ2',
        details: expect.objectContaining({ from: 'CNS-05', to: 'CNS-09' }) as unknown,
      }),
    ]);
  });

  it('rejects the same attack in a CSV pair, naming the seekers.csv line', async () => {
    const seekers = join(dir, 'seekers.csv');
    const actions = join(dir, 'actions.csv');
    writeFileSync(
      seekers,
      [
        'seeker_id,first_name,last_name,birth_year,commune,registered_on,category,modality,counsellor_id,digital_access,benefit_end,ore_rome,ore_max_distance_km,ore_min_monthly_salary,ore_contracts',
        'DE-EQ1,Camille,Martin,1988,69123,2025-09-01,A,guide,CNS-03,true,,M1607,25,1800,CDI',
        'DE-EQ2,Camille,Martin,1988,69123,2025-09-01,A,guide,CNS-01,true,,M1607,25,1800,CDI',
      ].join('\n') + '\n',
    );
    writeFileSync(
      actions,
      [
        'seeker_id,period,submitted_at,entered_by,mood,comment,id,date,type,rome,employer,commune,channel,outcome,note',
        'DE-EQ1,2026-09,,seeker,3,,a1,2026-09-03,application_offer,M1607,Cabinet,69123,email,pending,',
        'DE-EQ2,2026-09,,seeker,3,,b1,2026-09-03,application_offer,M1607,Cabinet,69123,email,pending,',
      ].join('\n') + '\n',
    );

    const job = await importAs('RE-1', [seekers, actions]);

    expect(job.summary).toMatchObject({ updated: 1, rejected: 1 });
    expect(job.summary!.issues.issues).toEqual([
      expect.objectContaining({
        file: 'seekers.csv',
        line: 3,
        seekerId: 'DE-EQ2',
        severity: 'rejected',
      }),
    ]);
    expect(job.summary!.issues.issues[0]!.reason.parts[0]!.key).toBe('seeker_outside_scope');
    expect(counsellorOf('DE-EQ2')).toBe('CNS-05');
    expect(counsellorOf('DE-EQ1')).toBe('CNS-03');
    expect(reassignments()).toEqual([
      expect.objectContaining({
        actor: 'RE-1',
        seekerId: 'DE-EQ1',
        details: expect.objectContaining({ from: 'CNS-01', to: 'CNS-03' }) as unknown,
      }),
    ]);
  });

  it('lets a team lead follow and read back their own imports only: the lines quote the files', async () => {
    const file = writeJsonl(join(dir, 'own.jsonl'), [
      seeker('DE-EQ1-TER', { counsellor_id: 'CNS-02', first_name: 'Prénom-Privé' }),
      '{"seeker_id": "DE-BROKEN", "first_name": "Prénom-Privé"',
    ]);
    const job = await importAs('RE-1', [file]);
    const importRef = createImportRepository(db).list()[0]!.importRef;

    const otherLead = apiFor(() => services, 'RE-2');
    expect(await otherLead.send('import.status', { jobId: job.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await otherLead.send('import.issues', { importRef })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const own = await apiFor(() => services, 'RE-1').call('import.issues', { importRef });
    expect(own.issues.map((i) => i.line)).toEqual([2]);
    const admin = await apiFor(() => services, 'admin').call('import.issues', { importRef });
    expect(admin.kept).toBe(1);
  });

  it('lets `jalon import` move anyone, as the file’s owner, recorded as a reassignment by cli', async () => {
    // The CLI opens the file itself: the services' connection steps aside meanwhile.
    await services.dispose();
    db.close();
    const move = writeJsonl(join(dir, 'cli.jsonl'), [
      seeker('DE-EQ2', { counsellor_id: 'CNS-01', last_name: 'Roche-Suivi' }),
    ]);

    const run = jalon(['import', move, '--db', join(dir, 'jalon.db'), '--json'], {
      JALON_NOW: '2026-10-20T09:00:00Z',
    });

    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ updated: 1, rejected: [] });
    db = openDatabase(join(dir, 'jalon.db'));
    services = testServices(db, { now: TEST_NOW });
    expect(counsellorOf('DE-EQ2')).toBe('CNS-01');
    expect(reassignments()).toEqual([
      expect.objectContaining({
        actor: 'cli',
        seekerId: 'DE-EQ2',
        details: expect.objectContaining({ from: 'CNS-05', to: 'CNS-01' }) as unknown,
      }),
    ]);
  });
});
