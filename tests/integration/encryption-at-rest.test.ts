// Encryption at rest on real files: the app's database, its WAL and its backups hold
// no readable trace of a seeker (the same steps on a plain database show the name, so
// the search does find what is there); a plain database is backed up then encrypted at
// its first start with a key, its data intact; backups of an encrypted database are
// verified and restored.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackupName } from '../../shared/api/backup';
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import type { Services } from '../../server/api/handlers';
import { startAppHost } from '../../server/host/app-host';
import type { AppHost } from '../../server/host/app-host';
import { KEYED_ACTION } from '../../server/db/audit-repository';
import { DatabaseTooNewError, openDatabase } from '../../server/db/database';
import { LATEST_SCHEMA_VERSION } from '../../server/db/migrations';
import { refreshAnalysesInWorkers } from '../../server/analysis/refresh-analyses';
import {
  deriveKeys,
  isPlainDatabaseFile,
  resolveDatabaseKeys,
} from '../../server/keys/database-keys';
import { fileVault, keysDirIn } from '../../server/keys/secret-file';
import { userDataDir } from '../../server/app-paths';
import { jalon } from '../helpers/cli';
import type { DatabaseKeys } from '../../server/keys/database-keys';
import { loadReferentials } from '../../server/reference/load-reference';
import { addTestUsers, apiFor } from '../helpers/api';
import { seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';
import { testServices, TEST_NOW } from '../helpers/services';

const refs = loadReferentials();
const KEYS = deriveKeys(Buffer.from('5e'.repeat(32), 'hex'));
const NAME = 'Zéphyrine';
const SURNAME = 'Quastelbaum';
const COMMENT = 'Découragée, plus personne ne répond';

/** Every spelling the name could take on disk: UTF-8 and UTF-16 (SQLite's text encodings). */
function holdsTrace(path: string): boolean {
  const bytes = readFileSync(path);
  return [SURNAME, NAME, COMMENT].some(
    (text) =>
      bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le')),
  );
}

function journalFile(dir: string): string {
  const person = seeker('S-ZQ', { first_name: NAME, last_name: SURNAME });
  const months = person.months as { comment: string }[];
  months[0]!.comment = COMMENT;
  return writeJsonl(join(dir, 'journaux.jsonl'), [person]);
}

async function importSeeker(services: Services, dir: string): Promise<void> {
  const admin = apiFor(() => services, 'admin');
  const started = await admin.call('import.start', {
    files: [services.staged.stagePath(journalFile(dir)).id],
  });
  await services.imports.idle();
  expect((await admin.call('import.status', { jobId: started.id })).state).toBe('completed');
}

describe('the command line on the app’s database', () => {
  const tempDir = useTempDir('jalon-encryption-cli-');

  it('opens it with the key it finds in the key store, and cannot without', async () => {
    const config = join(tempDir(), 'config');
    const path = join(tempDir(), 'data', 'jalon.db');
    // What the app did at its first start: a secret in the user data folder's key store.
    const keys = resolveDatabaseKeys(path, {
      vault: fileVault(keysDirIn(userDataDir('linux', { XDG_CONFIG_HOME: config }))),
      create: true,
      env: {},
    });
    const db = openDatabase(path, { keys });
    const services = testServices(db, { now: TEST_NOW });
    addTestUsers(services);
    await importSeeker(services, tempDir());
    await services.dispose();
    db.close();

    const found = jalon(['stats', '--db', path, '--json'], { XDG_CONFIG_HOME: config });
    expect(found.status).toBe(0);
    expect(JSON.parse(found.stdout)).toMatchObject({ seekers: 1 });
    expect(jalon(['audit', 'verify', '--db', path], { XDG_CONFIG_HOME: config })).toMatchObject({
      status: 0,
    });
    const elsewhere = jalon(['stats', '--db', path], { XDG_CONFIG_HOME: join(tempDir(), 'other') });
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stderr).toMatch(
      /is encrypted and its key \(jalon\.db-[0-9a-f]{16}\) is not in the key store/,
    );
  });
});

describe('the command line on a plain database that has a key', () => {
  const tempDir = useTempDir('jalon-encryption-cli-plain-');

  it('uses it as it is: only the app converts it, after a backup', async () => {
    const path = join(tempDir(), 'jalon.db');
    const db = openDatabase(path);
    const services = testServices(db, { now: TEST_NOW });
    addTestUsers(services);
    await importSeeker(services, tempDir());
    await services.dispose();
    db.close();
    const stats = jalon(['stats', '--db', path, '--json'], { JALON_KEY: '5e'.repeat(32) });
    expect(stats.status).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ seekers: 1 });
    expect(isPlainDatabaseFile(path)).toBe(true);
  });
});

describe('encryption at rest', () => {
  const tempDir = useTempDir('jalon-encryption-');
  let host: AppHost | null = null;

  afterEach(async () => {
    await host?.close();
    host = null;
  });

  async function start(databasePath: string, keys: DatabaseKeys | null): Promise<AppHost> {
    host = await startAppHost({
      databasePath,
      keys,
      refs,
      platform: BROWSER_PLATFORM,
      version: 'test',
      now: TEST_NOW,
      logError: () => {},
      schedule: null,
    });
    await host.idle();
    return host;
  }

  /** The file, its WAL while the app runs, and a backup made after the import. */
  async function filesAfterImport(keys: DatabaseKeys | null): Promise<string[]> {
    const path = join(tempDir(), keys ? 'encrypted' : 'plain', 'jalon.db');
    const running = await start(path, keys);
    const services = running.services()!;
    addTestUsers(services);
    await importSeeker(services, tempDir());
    const admin = apiFor(() => services, 'admin');
    const backup = await admin.call('backup.create', {});
    expect(backup.verified).toBe(true);
    const files = [path, `${path}-wal`, join(running.backups.dir, backup.name)];
    // The WAL is read while the app runs: it holds the import until a checkpoint.
    expect(readFileSync(`${path}-wal`).length).toBeGreaterThan(0);
    return files.filter((file) => holdsTrace(file));
  }

  it('leaves no trace of a seeker in the database, its WAL or a backup', async () => {
    expect(await filesAfterImport(KEYS)).toEqual([]);
    const seekerPage = await apiFor(() => host!.services()!, 'CNS-01').call('seeker.get', {
      seekerId: 'S-ZQ',
      asOf: '2026-10-20',
    });
    expect(seekerPage.journal).toMatchObject({ first_name: NAME, last_name: SURNAME });
  });

  it('the same steps without a key show the name: the search finds what is there', async () => {
    expect((await filesAfterImport(null)).length).toBeGreaterThan(0);
  });

  it('analyses an encrypted database on the worker threads, which open it with its key', async () => {
    const path = join(tempDir(), 'jalon.db');
    const db = openDatabase(path, { keys: KEYS });
    try {
      const services = testServices(db, { now: TEST_NOW });
      addTestUsers(services);
      await importSeeker(services, tempDir());
      await services.dispose();
      db.exec('DELETE FROM analysis_results');
      const analysed = await refreshAnalysesInWorkers(db, path, { asOf: '2026-10-20', refs });
      expect(analysed).toBe(1);
      expect(
        db
          .prepare('SELECT s.seeker_id FROM analysis_results a JOIN seekers s USING (seeker_ref)')
          .all(),
      ).toEqual([{ seeker_id: 'S-ZQ' }]);
    } finally {
      db.close();
    }
  });

  it('restores an encrypted backup, verified with the key', async () => {
    const path = join(tempDir(), 'jalon.db');
    const running = await start(path, KEYS);
    const services = running.services()!;
    addTestUsers(services);
    const admin = apiFor(() => services, 'admin');
    const backup = await admin.call('backup.create', {});
    await importSeeker(services, tempDir());
    const result = await apiFor(() => running.services()!, 'admin').call('backup.restore', {
      name: backup.name,
    });
    expect(result.restored).toBe(backup.name);
    const listed = running.backups.list();
    expect(listed.every((b) => b.verified)).toBe(true);
    expect(listed.every((b) => !holdsTrace(join(running.backups.dir, b.name)))).toBe(true);
    const restored = running.services()!;
    expect(restored.context.audit.verify()).toMatchObject({ intact: true });
    const users = restored.context.users.list().map((u) => u.userId);
    expect(users).toContain('admin');
    expect(holdsTrace(path)).toBe(false);
  });

  it('leaves a plain database from a newer Jalon as it is', () => {
    const path = join(tempDir(), 'jalon.db');
    const plain = openDatabase(path);
    plain.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    plain.close();
    expect(() => openDatabase(path, { keys: KEYS })).toThrow(DatabaseTooNewError);
    expect(isPlainDatabaseFile(path)).toBe(true);
  });

  it('backs up a plain database, then encrypts it and its backups at the first keyed start, data intact', async () => {
    const path = join(tempDir(), 'jalon.db');
    const plain = openDatabase(path);
    const services = testServices(plain, { now: TEST_NOW });
    addTestUsers(services);
    await importSeeker(services, tempDir());
    await services.dispose();
    plain.close();
    expect(holdsTrace(path)).toBe(true);

    const running = await start(path, KEYS);
    const backups = running.backups.list();
    // The copy made just before encrypting, which is the first start's daily one.
    expect(backups.map((b) => parseBackupName(b.name)!.kind)).toEqual(['auto']);
    expect(backups.every((b) => b.verified)).toBe(true);
    for (const file of [
      path,
      ...readdirSync(running.backups.dir).map((n) => join(running.backups.dir, n)),
    ]) {
      expect(holdsTrace(file), file).toBe(false);
    }
    const page = await apiFor(() => running.services()!, 'CNS-01').call('seeker.get', {
      seekerId: 'S-ZQ',
      asOf: '2026-10-20',
    });
    expect(page.journal).toMatchObject({ first_name: NAME, last_name: SURNAME });
    expect(page.journal.months[0]!.comment).toBe(COMMENT);
    const audit = running.services()!.context.audit;
    expect(audit.verify()).toMatchObject({ intact: true });
    const sealed = audit
      .page({ kind: 'all' }, null, 100)
      .entries.filter((e) => e.action === KEYED_ACTION);
    expect(sealed).toHaveLength(1);
    // On the app's clock, like every entry the app writes.
    expect(sealed[0]!.at).toBe(TEST_NOW().toISOString());
    await running.close();
    host = null;

    // The copy made before encrypting, encrypted now, opens with the key and holds the seeker.
    const [beforeEncrypting] = backups;
    const copy = openDatabase(join(running.backups.dir, beforeEncrypting!.name), {
      readonly: true,
      keys: KEYS,
    });
    try {
      expect(copy.prepare("SELECT first_name FROM seekers WHERE seeker_id = 'S-ZQ'").get()).toEqual(
        { first_name: NAME },
      );
    } finally {
      copy.close();
    }
  });
});
