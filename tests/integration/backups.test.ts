// Backups and restores on real files: the online backup API's copies, verified and
// rotated, the daily schedule on a clock the test drives, restores that bring the data
// back (with a safety copy first, in the trail, every session ended), and the refusals.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackupName } from '../../shared/api/backup';
import { dispatch } from '../../shared/api/dispatch';
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import { startAppHost, SYSTEM_ACTOR } from '../../server/host/app-host';
import type { AppHost } from '../../server/host/app-host';
import {
  BACKUPS_KEPT,
  backupDirFor,
  createBackupStore,
  verifyDatabaseFile,
} from '../../server/backup/backup-store';
import { databaseIdOf } from '../../server/db/app-meta-repository';
import { loadReferentials } from '../../server/reference/load-reference';
import { addTestUsers, apiFor, tableExport } from '../helpers/api';
import { useTempDir } from '../helpers/temp-dir';

const HOUR = 60 * 60 * 1000;
const refs = loadReferentials();

describe('backups', () => {
  const tempDir = useTempDir('jalon-backups-');
  let host: AppHost | null = null;
  let clock = new Date('2026-11-02T08:00:00.000Z');
  let tick: (() => void) | null = null;

  afterEach(async () => {
    await host?.close();
    host = null;
  });

  async function start(dbPath = join(tempDir(), 'jalon.db')): Promise<AppHost> {
    host = await startAnother(dbPath);
    return host;
  }

  /** A host the test closes itself (two databases side by side). */
  async function startAnother(dbPath: string): Promise<AppHost> {
    const started = await startAppHost({
      databasePath: dbPath,
      refs,
      platform: BROWSER_PLATFORM,
      version: 'test',
      now: () => clock,
      logError: () => {},
      schedule: (run) => {
        tick = run;
        return () => (tick = null);
      },
    });
    await started.idle();
    return started;
  }

  const services = () => host!.services()!;
  const userIds = (path: string) => {
    const db = new BetterSqlite3(path, { readonly: true });
    try {
      return db
        .prepare<[], { user_id: string }>('SELECT user_id FROM users ORDER BY user_id')
        .all()
        .map((r) => r.user_id);
    } finally {
      db.close();
    }
  };
  const trail = () =>
    services()
      .context.audit.page({ kind: 'all' }, null, 100)
      .entries.map((e) => ({
        actor: e.actor,
        action: e.action,
        details: e.details,
      }));

  it('makes a verified backup at the first start, then one a day on the injected clock', async () => {
    await start();
    const first = host!.backups.list();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      kind: 'auto',
      verified: true,
      createdAt: clock.toISOString(),
    });
    expect(first[0]!.size).toBeGreaterThan(0);
    // One self-contained file: no -wal, no -shm, no temporary file beside it.
    expect(readdirSync(backupDirFor(join(tempDir(), 'jalon.db')))).toEqual([first[0]!.name]);
    expect(trail()).toContainEqual({
      actor: SYSTEM_ACTOR,
      action: 'backup.create',
      details: { name: first[0]!.name, kind: 'auto', size: first[0]!.size },
    });

    clock = new Date(clock.getTime() + 23 * HOUR);
    tick!();
    await host!.idle();
    expect(host!.backups.list()).toHaveLength(1);

    clock = new Date(clock.getTime() + HOUR);
    tick!();
    await host!.idle();
    const second = host!.backups.list();
    expect(second).toHaveLength(2);
    expect(second[0]!.createdAt).toBe(clock.toISOString());
  });

  it('keeps the seven newest backups and deletes older ones', async () => {
    await start();
    const made = [host!.backups.list()[0]!.name];
    for (let day = 1; day <= 9; day++) {
      clock = new Date(clock.getTime() + 24 * HOUR);
      const info = await host!.backupIfDue();
      made.push(info!.name);
    }
    const kept = host!.backups.list().map((b) => b.name);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept).toEqual(made.slice(-BACKUPS_KEPT).reverse());
    for (const old of made.slice(0, -BACKUPS_KEPT)) {
      expect(existsSync(join(host!.backups.dir, old))).toBe(false);
    }
  });

  it('« Sauvegarder maintenant » and a restore bring the data back, audited, sessions ended', async () => {
    const dbPath = join(tempDir(), 'jalon.db');
    await start(dbPath);
    addTestUsers(services());
    const admin = apiFor(services, 'admin');
    clock = new Date(clock.getTime() + 60_000);
    const backup = await admin.call('backup.create', {});
    expect(backup).toMatchObject({ kind: 'manual', verified: true });
    expect((await admin.call('backup.list', {})).map((b) => b.name)).toContain(backup.name);

    // A change after the backup, and a session open on the services of the moment.
    services().context.users.add(
      { userId: 'CNS-99', displayName: 'Après la sauvegarde', role: 'counsellor', team: 'EQ-1' },
      'mot-de-passe-de-test',
    );
    const lead = services().sessions.open({
      userId: 'RE-1',
      displayName: 'Romane Équipe',
      role: 'team_lead',
      team: 'EQ-1',
    });
    expect(userIds(dbPath)).toContain('CNS-99');

    clock = new Date(clock.getTime() + 60_000);
    const result = await admin.call('backup.restore', { name: backup.name });
    expect(result.restored).toBe(backup.name);
    expect(parseBackupName(result.safetyBackup!)?.kind).toBe('safety');

    expect(userIds(dbPath)).not.toContain('CNS-99');
    // The safety copy holds the data as it was just before the restore.
    expect(userIds(join(host!.backups.dir, result.safetyBackup!))).toContain('CNS-99');
    expect(host!.contextFor(lead).user).toBeNull();
    expect(trail()[0]).toEqual({
      actor: 'admin',
      action: 'backup.restore',
      details: { name: backup.name, safetyBackup: result.safetyBackup },
    });
    expect(services().context.audit.verify()).toMatchObject({ intact: true });
    // The app goes on normally on the restored file.
    expect((await apiFor(services, 'admin').call('backup.list', {})).length).toBeGreaterThan(1);
  });

  it('refuses an unknown name, a path, and a damaged backup, and changes nothing', async () => {
    const dbPath = join(tempDir(), 'jalon.db');
    await start(dbPath);
    addTestUsers(services());
    const admin = apiFor(services, 'admin');
    const before = host!.backups.list().map((b) => b.name);

    expect(await admin.send('backup.restore', { name: '../jalon.db' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    expect(
      await admin.send('backup.restore', { name: 'jalon-2020-01-01T00-00-00-000Z-auto.db' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const damaged = 'jalon-2026-11-01T00-00-00-000Z-manual.db';
    writeFileSync(join(host!.backups.dir, damaged), Buffer.alloc(8192, 7));
    expect(host!.backups.list().find((b) => b.name === damaged)?.verified).toBe(false);
    expect(await admin.send('backup.restore', { name: damaged })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    // No safety copy was made, the database is the same and still open.
    expect(host!.backups.list().map((b) => b.name)).toEqual([...before, damaged].sort().reverse());
    expect(userIds(dbPath)).toContain('admin');
    expect(await admin.call('backup.list', {})).toHaveLength(2);
    expect(existsSync(`${dbPath}.restoring`)).toBe(false);
  });

  it('a team lead may list and make backups, never restore', async () => {
    await start();
    addTestUsers(services());
    const lead = apiFor(services, 'RE-1');
    const made = await lead.call('backup.create', {});
    expect(await lead.send('backup.restore', { name: made.name })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('a copy found sound is not read again by the next run; a changed one is', async () => {
    await start();
    const dir = host!.backups.dir;
    const [made] = host!.backups.list();
    // The next run (a new store over the same folder) trusts the verdict it saved…
    const nextRun = createBackupStore({ dir, now: () => new Date() });
    const reads = vi.spyOn(BetterSqlite3.prototype, 'pragma');
    expect(nextRun.list()).toMatchObject([{ name: made!.name, verified: true }]);
    expect(reads.mock.calls.some(([sql]) => sql === 'integrity_check')).toBe(false);
    reads.mockRestore();
    // …until the file changes: then it checks it again, and finds it damaged.
    writeFileSync(join(dir, made!.name), Buffer.alloc(8192, 7));
    const after = createBackupStore({ dir, now: () => new Date() });
    expect(after.list()).toMatchObject([{ name: made!.name, verified: false }]);
  });

  it('a full disk during a write answers storage_full and leaves nothing half-written', async () => {
    const dbPath = join(tempDir(), 'jalon.db');
    await start(dbPath);
    addTestUsers(services());
    const { db } = services().context;
    db.exec('VACUUM');
    // SQLite refuses to grow the file past this: the next pages needed fail as on a full disk.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const admin = apiFor(services, 'admin');
    const entries = () => services().context.audit.page({ kind: 'all' }, null, 500).entries.length;
    let full = null;
    let saved = 0;
    for (let i = 0; i < 500 && !full; i++) {
      const reply = await admin.send('export.table', {
        ...tableExport('import_issues', 'csv', i),
        baseName: `anomalies-${'x'.repeat(70)}-${i}`,
      });
      if (reply.ok) saved++;
      else full = reply.error;
    }
    expect(full).toMatchObject({ code: 'storage_full' });
    const count = entries();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(services().context.audit.verify()).toMatchObject({ intact: true, entries: count });
    expect(saved).toBeGreaterThan(0);
    // Room again: the app goes on.
    db.pragma('max_page_count = 1073741823');
    expect(await admin.send('export.table', tableExport('import_issues', 'csv', 1))).toMatchObject({
      ok: true,
    });
  });

  it('gives each database of a folder its own backups, made, listed and restored apart', async () => {
    await start(join(tempDir(), 'a.db'));
    const a = host!;
    const b = await startAnother(join(tempDir(), 'b.db'));
    try {
      expect(a.backups.dir).toBe(join(tempDir(), 'backups', 'a.db'));
      expect(b.backups.dir).toBe(join(tempDir(), 'backups', 'b.db'));
      // Each made its first daily backup, though the other had made one the same minute,
      // and each copy carries its own database's id.
      const [ofA] = a.backups.list();
      const [ofB] = b.backups.list();
      const idOf = (h: AppHost) => databaseIdOf(h.services()!.context.db);
      expect(idOf(a)).not.toBe(idOf(b));
      expect(verifyDatabaseFile(join(a.backups.dir, ofA!.name))).toMatchObject({
        ok: true,
        databaseId: idOf(a),
      });
      expect(verifyDatabaseFile(join(b.backups.dir, ofB!.name))).toMatchObject({
        ok: true,
        databaseId: idOf(b),
      });

      // A copy of a.db put in b's folder: b neither lists nor restores it.
      const foreign = 'jalon-2026-11-01T00-00-00-000Z-manual.db';
      copyFileSync(join(a.backups.dir, ofA!.name), join(b.backups.dir, foreign));
      expect(b.backups.list().map((info) => info.name)).toEqual([ofB!.name]);
      addTestUsers(b.services()!);
      const admin = apiFor(() => b.services()!, 'admin');
      expect(await admin.send('backup.restore', { name: foreign })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });

      // b's own copy swapped for a's, keeping its size and time, so that the verdict
      // remembered for it still says "b": the restore reads the id inside the copy.
      const own = join(b.backups.dir, ofB!.name);
      const roundTime = 1_800_000_000;
      utimesSync(own, roundTime, roundTime);
      expect(b.backups.list().map((info) => info.name)).toEqual([ofB!.name]);
      const size = statSync(own).size;
      copyFileSync(join(a.backups.dir, ofA!.name), own);
      utimesSync(own, roundTime, roundTime);
      expect(statSync(own).size).toBe(size);
      expect(await admin.send('backup.restore', { name: ofB!.name })).toEqual({
        ok: false,
        error: {
          code: 'invalid_arguments',
          message: `backup ${ofB!.name} is a copy of another database`,
        },
      });
      expect(userIds(join(tempDir(), 'b.db'))).toContain('admin');
    } finally {
      await b.close();
    }
  });

  it('recovery channels: null when all is well, a restore at start-up refused', async () => {
    await start();
    const context = host!.contextFor(null);
    expect(await dispatch(host!.handlers, 'app.startupProblem', {}, context)).toEqual({
      ok: true,
      value: null,
    });
    expect(
      await dispatch(host!.handlers, 'backup.restoreLatestAtStartup', {}, context),
    ).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
