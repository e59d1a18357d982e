// Every import that changed journals, or tried to, is in the audit trail with who ran
// it, what it committed and how it ended: completed, stopped on an error, or killed
// (recorded by the next start-up, with who started it).
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createAuditRepository } from '../../server/db/audit-repository';
import { openDatabase } from '../../server/db/database';
import { createImportRepository } from '../../server/db/import-repository';
import {
  importJournalFiles,
  ImportInputError,
  interruptStaleImports,
} from '../../server/import/import-journals';
import { seeker, writeJsonl } from '../helpers/journals';
import { TEST_NOW, testReferentials, testServices } from '../helpers/services';
import { useTempDir } from '../helpers/temp-dir';

interface ImportEntry {
  actor: string;
  details: Record<string, unknown>;
}

function importEntries(db: Database): ImportEntry[] {
  return (
    db
      .prepare("SELECT actor, details FROM audit_log WHERE action = 'import' ORDER BY entry_ref")
      .all() as { actor: string; details: string }[]
  ).map((row) => ({ actor: row.actor, details: JSON.parse(row.details) }));
}

describe('imports in the audit trail', () => {
  const tempDir = useTempDir('jalon-import-audit-');
  const open = () => openDatabase(join(tempDir(), 'jalon.db'));
  const referentials = testReferentials();

  it('a completed import: one entry naming its actor, files, counts and status', async () => {
    const db = open();
    const trail = createAuditRepository(db, TEST_NOW);
    const file = writeJsonl(join(tempDir(), 'caseload.jsonl'), [
      seeker('A1'),
      seeker('A2'),
      '{not json',
    ]);
    await importJournalFiles(db, [file], { referentials, audit: { trail, actor: 'CNS-01' } });
    expect(importEntries(db)).toEqual([
      {
        actor: 'CNS-01',
        details: {
          importRef: expect.any(Number),
          files: ['caseload.jsonl'],
          imported: 2,
          updated: 0,
          unchanged: 0,
          rejected: 1,
          status: 'completed',
        },
      },
    ]);
    // Without an actor (the demo caseload, benchmarks): the import history only.
    await importJournalFiles(db, [file], { referentials });
    expect(importEntries(db)).toHaveLength(1);
    expect(createImportRepository(db).list()).toHaveLength(2);
    expect(trail.verify()).toMatchObject({ intact: true });
    db.close();
  });

  it('an import stopped by an error: its entry says so, with what it had committed', async () => {
    const db = open();
    const trail = createAuditRepository(db, TEST_NOW);
    const seekers = join(tempDir(), 'seekers.csv');
    const actions = join(tempDir(), 'actions.csv');
    writeFileSync(seekers, 'seeker_id\n');
    writeFileSync(actions, 'seeker_id\n');
    await expect(
      importJournalFiles(db, [seekers, actions], {
        referentials,
        audit: { trail, actor: 'CNS-02' },
      }),
    ).rejects.toThrow(ImportInputError);
    const [run] = createImportRepository(db).list();
    expect(run!.status).toBe('failed');
    expect(importEntries(db)).toEqual([
      {
        actor: 'CNS-02',
        details: {
          importRef: expect.any(Number),
          files: ['seekers.csv', 'actions.csv'],
          imported: 0,
          updated: 0,
          unchanged: 0,
          rejected: 0,
          status: 'failed',
        },
      },
    ]);
    db.close();
  });

  it('a killed import: recorded at the next start-up with who started it and what it committed', async () => {
    const db = open();
    const imports = createImportRepository(db);
    const killedOn = (ref: number, actor: string | null) =>
      db
        .prepare('UPDATE app_meta SET value = ? WHERE key = ?')
        .run(JSON.stringify({ pid: 1, host: 'another-workstation', actor }), `import_owner:${ref}`);
    const byCounsellor = imports.start(['monday.jsonl'], 'jsonl', '2026-10-19T08:00:00Z', 'CNS-03');
    imports.recordProgress(byCounsellor, {
      imported: 40,
      updated: 2,
      unchanged: 0,
      rejected: 1,
      warnings: 0,
    });
    killedOn(byCounsellor, 'CNS-03');
    const demo = imports.start(['demo.jsonl'], 'jsonl', '2026-10-19T07:00:00Z');
    killedOn(demo, null);
    // Written by a version that recorded no actor: marked interrupted, nobody to name.
    const older = imports.start(['older.jsonl'], 'jsonl', '2026-10-19T06:00:00Z');
    db.prepare('UPDATE app_meta SET value = ? WHERE key = ?').run(
      JSON.stringify({ pid: 1, host: 'another-workstation' }),
      `import_owner:${older}`,
    );

    const services = testServices(db);
    await services.dispose();
    expect([byCounsellor, demo, older].map((ref) => imports.get(ref)!.status)).toEqual([
      'interrupted',
      'interrupted',
      'interrupted',
    ]);
    expect(importEntries(db)).toEqual([
      {
        actor: 'CNS-03',
        details: {
          importRef: expect.any(Number),
          files: ['monday.jsonl'],
          imported: 40,
          updated: 2,
          unchanged: 0,
          rejected: 1,
          status: 'interrupted',
        },
      },
    ]);
    // Once only: the next start-up finds nothing left to mark.
    expect(interruptStaleImports(db, createAuditRepository(db))).toEqual([]);
    expect(importEntries(db)).toHaveLength(1);
    db.close();
  });
});
