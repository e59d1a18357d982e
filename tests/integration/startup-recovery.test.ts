// Start-up on a database that cannot be used: the app host comes up in recovery mode with
// a clear reason instead of crashing, and (for a missing or damaged file) puts back the
// newest verified backup, keeping the damaged file aside. Real files throughout; the
// read-only case runs in a process of an unprivileged user, for whom the mode bits hold.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StartupProblem } from '../../shared/api/backup';
import { dispatch } from '../../shared/api/dispatch';
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import { RECOVERY_ACTOR, startAppHost } from '../../server/host/app-host';
import type { AppHost } from '../../server/host/app-host';
import { classifyOpenError } from '../../server/host/startup';
import { loadReferentials } from '../../server/reference/load-reference';
import { addTestUsers } from '../helpers/api';
import { useTempDir } from '../helpers/temp-dir';

const ROOT = resolve(import.meta.dirname, '../..');
const refs = loadReferentials();

describe('start-up on a database that cannot be used', () => {
  const tempDir = useTempDir('jalon-startup-');
  const hosts: AppHost[] = [];

  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.close();
  });

  async function start(dbPath: string): Promise<AppHost> {
    const host = await startAppHost({
      databasePath: dbPath,
      refs,
      platform: BROWSER_PLATFORM,
      version: 'test',
      schedule: null,
      logError: () => {},
    });
    hosts.push(host);
    await host.idle();
    return host;
  }

  /** A database with the test users and one backup of it, its host closed. */
  async function databaseWithBackup(): Promise<string> {
    const dbPath = join(tempDir(), 'jalon.db');
    const host = await start(dbPath);
    addTestUsers(host.services()!);
    await host.services()!.context.backups!.create('admin');
    await host.close();
    hosts.splice(0);
    return dbPath;
  }

  const call = (host: AppHost, channel: string) =>
    dispatch(host.handlers, channel, {}, host.contextFor(null));

  it('a corrupt file: recovery mode, then the newest good backup brings the app back', async () => {
    const dbPath = await databaseWithBackup();
    writeFileSync(dbPath, Buffer.alloc(64 * 1024, 0x5a));
    const garbage = readFileSync(dbPath);

    const host = await start(dbPath);
    const problem = host.startupProblem();
    expect(problem).toMatchObject({ kind: 'corrupt', databasePath: dbPath, canRestore: true });
    expect(problem!.latestBackup).toMatchObject({ kind: 'manual', verified: true });
    expect(await call(host, 'app.startupProblem')).toEqual({ ok: true, value: problem });
    // Nothing else answers, and nobody can sign in.
    expect(await call(host, 'app.info')).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(
      await dispatch(
        host.handlers,
        'auth.signIn',
        { userId: 'admin', password: 'mot-de-passe-de-test' },
        host.contextFor(null),
      ),
    ).toMatchObject({ ok: false, error: { code: 'unavailable' } });

    const restored = await call(host, 'backup.restoreLatestAtStartup');
    expect(restored).toMatchObject({
      ok: true,
      value: { restored: problem!.latestBackup!.name, safetyBackup: null },
    });
    const damagedCopy = (restored as { value: { damagedCopy: string } }).value.damagedCopy;
    expect(readFileSync(damagedCopy)).toEqual(garbage);

    expect(host.startupProblem()).toBeNull();
    const services = host.services()!;
    expect(services.context.users.get('admin')).toBeTruthy();
    expect(services.context.audit.page({ kind: 'all' }, null, 1).entries[0]).toMatchObject({
      actor: RECOVERY_ACTOR,
      action: 'backup.restore',
      details: { name: problem!.latestBackup!.name, damagedCopy, problem: 'corrupt' },
    });
    // Once running, a second restore from the recovery channel is refused.
    expect(await call(host, 'backup.restoreLatestAtStartup')).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('a damaged page inside a valid file is caught at start (quick_check)', async () => {
    const dbPath = await databaseWithBackup();
    const bytes = readFileSync(dbPath);
    const pageSize = bytes.readUInt16BE(16);
    // The second page onwards: the header stays valid, the b-trees do not.
    bytes.fill(0xff, pageSize, Math.min(bytes.length, pageSize * 4));
    writeFileSync(dbPath, bytes);
    const host = await start(dbPath);
    expect(host.startupProblem()).toMatchObject({ kind: 'corrupt', canRestore: true });
  });

  it('a database from a newer Jalon: recovery mode without a restore offer', async () => {
    const dbPath = await databaseWithBackup();
    const db = new BetterSqlite3(dbPath);
    db.pragma('user_version = 999');
    db.close();
    const host = await start(dbPath);
    expect(host.startupProblem()).toMatchObject({ kind: 'too_new', canRestore: false });
    expect(await call(host, 'backup.restoreLatestAtStartup')).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    // The file is left exactly as it was.
    const after = new BetterSqlite3(dbPath, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(999);
    after.close();
  });

  it('a missing file where backups show there was one: recovery mode, restore offered', async () => {
    const dbPath = await databaseWithBackup();
    rmSync(dbPath);
    const host = await start(dbPath);
    expect(host.startupProblem()).toMatchObject({ kind: 'missing', canRestore: true });
    expect(await call(host, 'backup.restoreLatestAtStartup')).toMatchObject({
      ok: true,
      value: { damagedCopy: null },
    });
    expect(host.services()!.context.users.get('admin')).toBeTruthy();
  });

  it('a first start (no file, no backups) creates the database', async () => {
    const dbPath = join(tempDir(), 'nouveau', 'jalon.db');
    const host = await start(dbPath);
    expect(host.startupProblem()).toBeNull();
    expect(existsSync(dbPath)).toBe(true);
  });

  it('a read-only file and a read-only folder: recovery mode naming the problem', async () => {
    const dbPath = await databaseWithBackup();
    const dir = tempDir();
    const probe = (path: string) => {
      // As root every file is writable: the probe runs as `nobody` there.
      const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const r = spawnSync(
        process.execPath,
        [join(ROOT, 'bin', 'run-ts.mjs'), join(ROOT, 'tests/helpers/startup-probe.ts'), path],
        { cwd: ROOT, encoding: 'utf8', timeout: 60_000, ...asNobody },
      );
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { problem: StartupProblem })
        .problem;
    };
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'backups'), 0o777);
    chmodSync(dbPath, 0o444);
    expect(probe(dbPath)).toMatchObject({ kind: 'read_only', canRestore: false });

    chmodSync(dbPath, 0o666);
    chmodSync(dir, 0o555);
    try {
      expect(probe(dbPath)).toMatchObject({ kind: 'read_only', canRestore: false });
    } finally {
      chmodSync(dir, 0o755);
    }
  }, 120_000);

  it('classifies SQLite and system errors', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(classifyOpenError(err('SQLITE_FULL'))).toBe('disk_full');
    expect(classifyOpenError(err('ENOSPC'))).toBe('disk_full');
    expect(classifyOpenError(err('SQLITE_NOTADB'))).toBe('corrupt');
    expect(classifyOpenError(err('SQLITE_CORRUPT'))).toBe('corrupt');
    expect(classifyOpenError(err('SQLITE_READONLY_DIRECTORY'))).toBe('read_only');
    expect(classifyOpenError(err('EACCES'))).toBe('read_only');
    expect(classifyOpenError(err('SQLITE_CANTOPEN'))).toBe('cannot_open');
  });
});
