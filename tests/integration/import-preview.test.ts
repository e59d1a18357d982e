// Before an import replaces journals, the screen asks: a preview reads and checks the
// staged files, writes nothing, and says how many people would be added, replaced or
// left unchanged. The screen also lists past imports (who, when, files, counts, how each
// ended) and reads back the lines each one rejected, older rows included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Services } from '../../server/api/handlers';
import { openDatabase } from '../../server/db/database';
import { createImportRepository } from '../../server/db/import-repository';
import { createJournalRepository } from '../../server/db/journal-repository';
import { addDemoUsers } from '../../server/demo/demo-users';
import { reasonText } from '../../shared/journal/reason-text';
import { apiFor } from '../helpers/api';
import { seeker, writeJsonl } from '../helpers/journals';
import { testServices, TEST_NOW } from '../helpers/services';
import { useTempDir } from '../helpers/temp-dir';

describe('import preview and history', () => {
  const tempDir = useTempDir('jalon-import-preview-');
  let db: Database;
  let services: Services;
  const lead = apiFor(() => services, 'RE-1');
  const admin = apiFor(() => services, 'admin');

  beforeEach(() => {
    db = openDatabase(join(tempDir(), 'jalon.db'));
    addDemoUsers(db);
    services = testServices(db, { now: TEST_NOW });
  });

  afterEach(async () => {
    await services.dispose();
    db.close();
  });

  async function run(kind: 'import.start' | 'import.preview', stagedId: string) {
    const api = kind === 'import.start' ? lead : admin;
    const started = await api.call(kind, { files: [stagedId] });
    await services.imports.idle();
    return api.call('import.status', { jobId: started.id });
  }

  const firstRun = () => createImportRepository(db).get(1)!;
  const ISO_TIME = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

  const counts = () => ({
    runs: (db.prepare('SELECT COUNT(*) AS n FROM imports').get() as { n: number }).n,
    trail: (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n,
    seekers: createJournalRepository(db).stats().seekers,
  });

  it('says how many people an import would add, replace and leave unchanged, writing nothing; the same files then import', async () => {
    const first = writeJsonl(join(tempDir(), 'octobre.jsonl'), [seeker('A1'), seeker('A2')]);
    const imported = await run('import.start', services.staged.stagePath(first).id);
    expect(imported.summary).toMatchObject({ imported: 2, updated: 0 });

    const next = writeJsonl(join(tempDir(), 'novembre.jsonl'), [
      seeker('A1'),
      seeker('A2', { first_name: 'Camille-Andrée' }),
      seeker('A3'),
      seeker('A4', { category: 'Z' }),
    ]);
    const staged = services.staged.stagePath(next);
    const before = counts();
    const preview = await run('import.preview', staged.id);
    expect(preview).toMatchObject({ kind: 'preview', state: 'completed' });
    expect(preview.summary).toMatchObject({
      imported: 1,
      updated: 1,
      unchanged: 1,
      rejected: 1,
      reanalysed: 0,
      sameContentAs: null,
    });
    expect(reasonText(preview.summary!.issues.issues[0]!.reason)).toBe(
      'category : attendu l’une des valeurs A, B, C, D, E, F, G (trouvé : "Z")',
    );
    expect(counts()).toEqual(before);
    expect(createJournalRepository(db).readJournal('A2')!.first_name).toBe('Camille');

    // The staged file is still there for the import the person confirms.
    const confirmed = await run('import.start', staged.id);
    expect(confirmed).toMatchObject({ kind: 'import', state: 'completed' });
    expect(confirmed.summary).toMatchObject({ imported: 1, updated: 1, unchanged: 1, rejected: 1 });
    expect(createJournalRepository(db).readJournal('A2')!.first_name).toBe('Camille-Andrée');

    // Previewing bytes already imported says so, and what they would now replace.
    const again = await run('import.preview', services.staged.stagePath(first).id);
    expect(again.summary).toMatchObject({
      imported: 0,
      updated: 1,
      unchanged: 1,
      sameContentAs: { importRef: 1, startedAt: firstRun().startedAt },
    });
  });

  it('lists the latest imports with who ran them, and reads back each one’s rejected lines, an older row as written', async () => {
    const file = writeJsonl(join(tempDir(), 'lot.jsonl'), [seeker('B1'), '{"seeker_id":']);
    await run('import.start', services.staged.stagePath(file).id);
    const failed = writeJsonl(join(tempDir(), 'notes.txt'), ['x']);
    expect((await run('import.start', services.staged.stagePath(failed).id)).state).toBe('failed');

    const history = await admin.call('import.history', {});
    // A file of an unknown type is refused before any run starts: one run only.
    expect(history).toEqual([
      {
        importRef: 1,
        files: ['lot.jsonl'],
        startedAt: ISO_TIME,
        finishedAt: ISO_TIME,
        status: 'completed',
        imported: 1,
        updated: 0,
        unchanged: 0,
        rejected: 1,
        warnings: 0,
        actor: 'RE-1',
        actorName: services.context.users.get('RE-1')!.displayName,
      },
    ]);

    const { issues } = await lead.call('import.issues', { importRef: 1 });
    expect(issues.map((i) => [i.file, i.line, reasonText(i.reason)])).toEqual([
      [
        'lot.jsonl',
        2,
        'JSON invalide : la ligne s’arrête avant la fin de l’enregistrement (fichier tronqué ?)',
      ],
    ]);

    // A rejected line stored by an older Jalon holds its reason as an English sentence.
    db.prepare(
      `INSERT INTO import_issues (import_ref, seq, severity, file, line, seeker_id, reason, content)
       VALUES (1, 99, 'rejected', 'lot.jsonl', 7, 'OLD-1', 'seeker_id: is required', '{}')`,
    ).run();
    const { issues: withOlder } = await lead.call('import.issues', { importRef: 1 });
    expect(reasonText(withOlder[1]!.reason)).toBe('seeker_id: is required');
    expect(withOlder[1]).toMatchObject({ line: 7, seekerId: 'OLD-1' });

    expect(await admin.send('import.issues', { importRef: 42 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('a CSV the import cannot read fails with its reason, worded for each reader, not as an unexpected error', async () => {
    const seekersFile = join(tempDir(), 'seekers.csv');
    const actionsFile = join(tempDir(), 'actions.csv');
    writeFileSync(seekersFile, '');
    writeFileSync(actionsFile, 'seeker_id;period\n');
    const started = await lead.call('import.preview', {
      files: [services.staged.stagePath(seekersFile).id, services.staged.stagePath(actionsFile).id],
    });
    await services.imports.idle();
    const job = await lead.call('import.status', { jobId: started.id });
    expect(job).toMatchObject({ state: 'failed', error: { code: 'import_input' } });
    expect(job.error!.message).toBe(
      'seekers.csv is empty: expected a header line, then one row per record',
    );
    expect(reasonText(job.error!.reason!)).toBe(
      'seekers.csv est vide : attendu une ligne d’en-tête, puis une ligne par enregistrement',
    );
  });
});
