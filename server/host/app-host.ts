// The app's hold on its database file, for the desktop app and the browser mode alike.
// It opens the database at start or, when that fails, stays up in recovery mode with a
// clear reason (startup.ts) so the page can explain it and offer the newest good backup.
// It owns the backups (backup-store.ts): the daily one, « Sauvegarder maintenant », and
// a restore, which closes the services, swaps the file and opens fresh services on it
// (every session ends). Both transports talk to its stable handler object, which hands
// each call to the services of the moment. One backup or restore runs at a time.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import type {
  BackupInfo,
  BackupKind,
  RestoreResult,
  StartupProblem,
  StartupProblemKind,
  StartupRestoreResult,
} from '../../shared/api/backup';
import { CHANNELS } from '../../shared/api/contract';
import type { CallContext, Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Referentials } from '../../shared/reference/referentials';
import { createServices } from '../api/handlers';
import { databaseIdOf } from '../db/app-meta-repository';
import { LOCAL_CLIENT } from '../auth/sessions';
import type { Platform, Services } from '../api/handlers';
import { localIsoDate } from '../local-date';
import type { PurgeSummary } from '../../shared/api/retention';
import type { StagedFiles } from '../import/staged-files';
import {
  backupDirFor,
  createBackupStore,
  removeWithSidecars,
  verifyDatabaseFile,
} from '../backup/backup-store';
import type { BackupStore } from '../backup/backup-store';
import { classifyOpenError, openAtStartup } from './startup';
import { schemaVersion } from '../db/database';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { DatabaseKeys } from '../keys/database-keys';
import { isPlainDatabaseFile } from '../keys/database-keys';
import type { OpenProblem } from './startup';

/** The trail's actor for the daily backup, and for a restore from the recovery screen. */
export const SYSTEM_ACTOR = 'system';
export const RECOVERY_ACTOR = 'recovery';
/** How often the daily backup is checked for (it runs once 24 h have passed). */
export const BACKUP_CHECK_MS = 60 * 60 * 1000;

/** Problems a restore can cure; a read-only or full disk, or a newer schema, it cannot. */
const RESTORABLE: readonly StartupProblemKind[] = ['missing', 'corrupt', 'cannot_open'];

export type Schedule = (run: () => void, everyMs: number) => () => void;

const realSchedule: Schedule = (run, everyMs) => {
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};

export interface AppHostOptions {
  databasePath: string;
  refs: Referentials;
  platform: Platform;
  version: string;
  now?: () => Date;
  logError?: (error: unknown) => void;
  /** Runs once on the database opened at start (the demo caseload on an empty one). */
  prepare?: (db: Database) => Promise<void>;
  /** The repeating timer of the daily check (tests pass theirs; null: none). */
  schedule?: Schedule | null;
  /** The database's keys (keys/database-keys.ts): encrypted file and backups, keyed trail. */
  keys?: DatabaseKeys | null;
}

export interface AppHost {
  /** Stable for the host's life: each call goes to the services of the moment. */
  handlers: Handlers;
  /** The files staged for an import (the browser mode's uploads). */
  readonly staged: StagedFiles;
  contextFor(
    token: string | null,
    remember?: (token: string | null) => void,
    client?: string,
  ): CallContext;
  closeSession(token: string): void;
  /** The services on the open database; null in recovery mode or during a restore. */
  services(): Services | null;
  startupProblem(): StartupProblem | null;
  backups: BackupStore;
  /** Makes the daily backup when one is due; null when none was. */
  backupIfDue(): Promise<BackupInfo | null>;
  /** Runs the day's purge (retention.ts) unless it already ran today; null when it had. */
  purgeIfDue(): Promise<PurgeSummary | null>;
  /** Resolves once no backup or restore is under way. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

type Running = { mode: 'running'; db: Database; services: Services; databaseId: string };
type State = Running | { mode: 'recovery'; problem: OpenProblem } | { mode: 'switching' };

function unavailable(): ApiError {
  return new ApiError('unavailable', 'the database is not open (recovery mode or a restore)');
}

const NOBODY: CallContext = {
  user: null,
  printOf: null,
  client: LOCAL_CLIENT,
  session: {
    open() {
      throw unavailable();
    },
    close() {},
  },
};

export async function startAppHost(options: AppHostOptions): Promise<AppHost> {
  const { databasePath, refs, platform, version } = options;
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const keys = options.keys ?? null;
  const store = createBackupStore({
    dir: backupDirFor(databasePath),
    now,
    databaseKey: keys?.databaseKey ?? null,
    databaseId: () => {
      const now = current();
      return now.mode === 'running' ? now.databaseId : null;
    },
  });
  const stagingPath = `${databasePath}.restoring`;
  let state: State = { mode: 'switching' };
  let queue: Promise<unknown> = Promise.resolve();

  /** One backup or restore at a time, in the order asked. */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  }

  /** The state now (a function: TypeScript would keep a narrowing across awaits). */
  const current = (): State => state;

  function running(): Running {
    const now = current();
    if (now.mode !== 'running') throw unavailable();
    return now;
  }

  const controls = {
    list: () => store.list(),
    create: (actor: string) => exclusive(() => backupNow('manual', actor)),
    restore: (name: string, actor: string) => exclusive(() => restore(name, actor)),
  };

  function serve(db: Database): Running {
    const services = createServices({
      db,
      refs,
      platform,
      version,
      now,
      logError,
      backups: controls,
    });
    return { mode: 'running', db, services, databaseId: databaseIdOf(db) };
  }

  async function backupNow(kind: BackupKind, actor: string): Promise<BackupInfo> {
    const current = running();
    const info = await store.create(current.db, kind);
    current.services.context.audit.append({
      actor,
      action: 'backup.create',
      details: { name: info.name, kind, size: info.size },
    });
    return info;
  }

  /**
   * A verified copy of the backup beside the database, ready to be renamed into place.
   * `databaseId`: the open database's, which the copy must carry (null in recovery
   * mode, where the damaged file cannot say which it is: its own folder's copies).
   */
  function stage(name: string, databaseId: string | null): void {
    const source = store.pathOf(name);
    if (!source) throw new ApiError('not_found', `no backup named ${name}`);
    const verdict = verifyDatabaseFile(source, keys?.databaseKey);
    if (!verdict.ok) {
      throw new ApiError(
        'invalid_arguments',
        `backup ${name} failed verification: ${verdict.reason}`,
      );
    }
    if (databaseId !== null && verdict.databaseId !== databaseId) {
      throw new ApiError('invalid_arguments', `backup ${name} is a copy of another database`);
    }
    try {
      copyFileSync(source, stagingPath);
      const copy = verifyDatabaseFile(stagingPath, keys?.databaseKey);
      if (!copy.ok) throw new Error(`the copy of ${name} failed verification: ${copy.reason}`);
    } catch (error) {
      removeWithSidecars(stagingPath);
      throw error;
    }
  }

  /** Renames the staged copy over the database file (its -wal/-shm belong to the old one). */
  function swapIn(): void {
    rmSync(`${databasePath}-wal`, { force: true });
    rmSync(`${databasePath}-shm`, { force: true });
    renameSync(stagingPath, databasePath);
  }

  async function restore(name: string, actor: string): Promise<RestoreResult> {
    const current = running();
    stage(name, current.databaseId);
    let safety: BackupInfo;
    try {
      safety = await store.create(current.db, 'safety');
    } catch (error) {
      removeWithSidecars(stagingPath);
      throw error;
    }
    state = { mode: 'switching' };
    try {
      await current.services.dispose();
    } finally {
      current.db.close();
    }
    swapIn();
    const opened = openAtStartup(databasePath, true, { keys, now });
    if (!opened.ok) {
      // Put the data back as it was just before; failing that, recovery mode says why.
      logError(new Error(`restore of ${name}: ${opened.problem.detail}`));
      const back = store.pathOf(safety.name);
      if (back) {
        copyFileSync(back, stagingPath);
        swapIn();
      }
      const reopened = openAtStartup(databasePath, true, { keys, now });
      state = reopened.ok ? serve(reopened.db) : { mode: 'recovery', problem: reopened.problem };
      throw new ApiError(
        'internal',
        `the restored database could not be opened; previous data kept`,
      );
    }
    const next = serve(opened.db);
    next.services.context.audit.append({
      actor,
      action: 'backup.restore',
      details: { name, safetyBackup: safety.name },
    });
    state = next;
    return { restored: name, safetyBackup: safety.name };
  }

  async function restoreAtStartup(): Promise<StartupRestoreResult> {
    const before = current();
    if (before.mode !== 'recovery') {
      throw new ApiError('unsupported', 'the database opened normally: restore from Réglages');
    }
    const problem = before.problem;
    if (!RESTORABLE.includes(problem.kind)) {
      throw new ApiError('unsupported', `a restore does not help here (${problem.kind})`);
    }
    const latest = store.latestVerified();
    if (!latest) throw new ApiError('not_found', 'no verified backup to restore');
    stage(latest.name, null);
    // The unreadable file is kept aside, with its -wal, for whoever investigates.
    let damagedCopy: string | null = null;
    if (existsSync(databasePath)) {
      damagedCopy = `${databasePath}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
      for (const suffix of ['-wal', '-shm', '']) {
        if (existsSync(`${databasePath}${suffix}`)) {
          renameSync(`${databasePath}${suffix}`, `${damagedCopy}${suffix}`);
        }
      }
    }
    swapIn();
    const opened = openAtStartup(databasePath, true, { keys, now });
    if (!opened.ok) {
      state = { mode: 'recovery', problem: opened.problem };
      throw new ApiError(
        'internal',
        `the restored backup could not be opened: ${opened.problem.detail}`,
      );
    }
    const next = serve(opened.db);
    next.services.context.audit.append({
      actor: RECOVERY_ACTOR,
      action: 'backup.restore',
      details: { name: latest.name, damagedCopy, problem: problem.kind },
    });
    state = next;
    return { restored: latest.name, safetyBackup: null, damagedCopy };
  }

  function startupProblem(): StartupProblem | null {
    const now = current();
    if (now.mode !== 'recovery') return null;
    const latestBackup = store.latestVerified();
    return {
      ...now.problem,
      databasePath,
      latestBackup,
      canRestore: latestBackup !== null && RESTORABLE.includes(now.problem.kind),
    };
  }

  function backupIfDue(): Promise<BackupInfo | null> {
    return exclusive(async () => {
      if (current().mode !== 'running' || !store.isDue()) return null;
      return backupNow('auto', SYSTEM_ACTOR);
    });
  }

  function purgeIfDue(): Promise<PurgeSummary | null> {
    return exclusive(async () => {
      const open = current();
      if (open.mode !== 'running') return null;
      return open.services.context.retention.purgeIfDue(localIsoDate(now()));
    });
  }

  /**
   * A plain database about to be encrypted is first backed up as it is (verified, like
   * any backup; it is that day's automatic one, encrypted in its turn once the database
   * is); encrypting it then goes through SQLite's journal, so a crash midway leaves the
   * plain file whole.
   */
  async function backUpBeforeEncrypting(): Promise<void> {
    // Opened without migrating: the copy is the file as it was.
    const plain = new BetterSqlite3(databasePath, { fileMustExist: true });
    try {
      let hasMeta: boolean;
      try {
        // A file from a newer Jalon, or not a database: the keyed open below reports it.
        if (schemaVersion(plain) > LATEST_SCHEMA_VERSION) return;
        hasMeta =
          plain.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'app_meta'").get() !== undefined;
      } catch {
        return;
      }
      // The copy must carry the database's id to be listed among its backups: a file
      // from before ids gets its id first, the only write before the copy.
      if (hasMeta) databaseIdOf(plain);
      await createBackupStore({ dir: store.dir, now }).create(plain, 'auto');
    } finally {
      plain.close();
    }
  }

  // --- Start --------------------------------------------------------------------------
  store.removeLeftovers();
  removeWithSidecars(stagingPath);
  const toEncrypt =
    keys !== null &&
    existsSync(databasePath) &&
    statSync(databasePath).size > 0 &&
    isPlainDatabaseFile(databasePath);
  if (toEncrypt) await backUpBeforeEncrypting();
  const opened = openAtStartup(databasePath, store.count() > 0, { keys, now });
  if (opened.ok && keys) store.encryptPlainCopies();
  if (opened.ok) {
    try {
      await options.prepare?.(opened.db);
      state = serve(opened.db);
    } catch (error) {
      opened.db.close();
      logError(error);
      const detail = error instanceof Error ? error.message : String(error);
      state = { mode: 'recovery', problem: { kind: classifyOpenError(error), detail } };
    }
  } else {
    state = { mode: 'recovery', problem: opened.problem };
  }
  const schedule = options.schedule === undefined ? realSchedule : options.schedule;
  // The backup first: a purge made by mistake can be undone from the backups of the
  // days before it, until they rotate out.
  const daily = () => {
    void backupIfDue().catch(logError);
    void purgeIfDue().catch(logError);
  };
  const cancelSchedule = schedule?.(daily, BACKUP_CHECK_MS) ?? (() => {});
  daily();

  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (args: unknown, call: CallContext) => {
        if (channel === 'app.startupProblem') return startupProblem();
        if (channel === 'backup.restoreLatestAtStartup' && current().mode === 'recovery') {
          return exclusive(restoreAtStartup);
        }
        const handler = running().services.handlers[channel] as (
          args: unknown,
          call: CallContext,
        ) => unknown;
        return handler(args, call);
      },
    ]),
  ) as unknown as Handlers;

  return {
    handlers,
    get staged() {
      return running().services.staged;
    },
    contextFor(token, remember, client) {
      const now = current();
      return now.mode === 'running' ? now.services.contextFor(token, remember, client) : NOBODY;
    },
    closeSession(token) {
      const now = current();
      if (now.mode === 'running') now.services.closeSession(token);
    },
    services: () => {
      const now = current();
      return now.mode === 'running' ? now.services : null;
    },
    startupProblem,
    backups: store,
    backupIfDue,
    purgeIfDue,
    idle: () => queue.then(() => {}),
    async close() {
      cancelSchedule();
      await queue;
      const now = current();
      if (now.mode === 'running') {
        const { services, db } = now;
        state = { mode: 'switching' };
        await services.dispose();
        db.close();
      }
    },
  };
}
