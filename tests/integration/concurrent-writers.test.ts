// Two processes writing one database file: two `jalon import` at once, on a file that
// does not exist yet. Each waits for the other's transactions (busy_timeout) instead of
// failing with "database is locked": every write transaction takes the write lock at
// its start (server/db/transactions.ts), and the schema is created once.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/database';
import { createImportRepository } from '../../server/db/import-repository';
import { createJournalRepository } from '../../server/db/journal-repository';
import { LATEST_SCHEMA_VERSION } from '../../server/db/migrations';
import { apiFor } from '../helpers/api';
import { jalon, jalonAsync } from '../helpers/cli';
import { testServices } from '../helpers/services';
import { useTempDir } from '../helpers/temp-dir';

const SEEKERS = 400;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('two processes writing the same database', () => {
  const tempDir = useTempDir('jalon-concurrent-');

  it('two imports at once into a new file both complete, each journal written once', async () => {
    const dir = tempDir();
    const files = ['7', '8'].map((seed) => {
      const file = join(dir, `caseload-${seed}.jsonl`);
      const args = ['--seekers', String(SEEKERS), '--months', '12', '--seed', seed];
      expect(jalon(['seed', ...args, '--end', '2026-10', '--out', file]).status).toBe(0);
      return file;
    });
    const db = join(dir, 'jalon.db');
    // Small chunks: dozens of transactions each, interleaved with the other's.
    const results = await Promise.all(
      files.map((file) =>
        jalonAsync(['import', file, '--db', db, '--json'], { JALON_IMPORT_CHUNK_BYTES: '65536' }),
      ),
    );
    for (const result of results) {
      expect(result.stderr).not.toMatch(/locked|busy/i);
      expect(result.status).toBe(0);
    }
    // The two seeds draw from the same identifiers: what one imported, the other found
    // imported or unchanged, never written twice.
    const summaries = results.map((r) => JSON.parse(r.stdout) as Record<string, number>);
    const written = summaries.map((s) => s.imported! + s.updated! + s.unchanged!);
    expect(written).toEqual([SEEKERS, SEEKERS]);

    const store = openDatabase(db);
    try {
      expect(store.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
      const runs = createImportRepository(store).list();
      expect(runs.map((r) => r.status)).toEqual(['completed', 'completed']);
      const seekers = createJournalRepository(store).stats().seekers;
      expect(seekers).toBe(summaries.reduce((n, s) => n + s.imported!, 0));
    } finally {
      store.close();
    }
  }, 120_000);

  it('the app starts while another process holds the write lock (an import writing a batch)', async () => {
    const path = join(tempDir(), 'busy.db');
    const app = openDatabase(path);
    const importer = openDatabase(path);
    // An import in progress: recorded as running by a live process, writing a batch.
    const running = createImportRepository(importer).start(
      ['caseload.jsonl'],
      'jsonl',
      '2026-10-20T09:00:00Z',
    );
    importer.exec('BEGIN IMMEDIATE');
    try {
      // Start-up looks for killed imports without taking the lock: nothing to wait for,
      // where taking it would wait the whole busy timeout (5 s), then fail with « database
      // is locked » (no time is measured here: the failure is the answer).
      const services = testServices(app);
      const info = await apiFor(() => services, null).send('app.info', {});
      await services.dispose();
      expect(info).toMatchObject({ ok: true, value: { user: null } });
      // The import's process is alive: its run is left running, not marked interrupted.
      expect(createImportRepository(app).get(running)!.status).toBe('running');
    } finally {
      importer.exec('ROLLBACK');
      importer.close();
      app.close();
    }
  });

  it('a new file opens while another process holds its write lock before it is in WAL mode', async () => {
    const path = join(tempDir(), 'new.db');
    // Another process creating the same file, caught with its write lock held while the
    // file is still in rollback mode; it lets go after a moment.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3-multiple-ciphers'))(${JSON.stringify(path)});
         db.exec('BEGIN IMMEDIATE');
         process.stdout.write('locked\\n');
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
         db.exec('COMMIT');`,
      ],
      { cwd: ROOT },
    );
    await new Promise<void>((locked) => holder.stdout.once('data', () => locked()));
    const store = openDatabase(path);
    try {
      expect(store.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      store.close();
      await new Promise((exited) => holder.once('exit', exited));
    }
  });
});
