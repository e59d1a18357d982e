// The database's backups folder (backups/<its file name>/ beside it, readable by its
// owner only): copies made with SQLite's online backup API
// (the database stays in use meanwhile), each written under a temporary name, checked
// with `PRAGMA integrity_check` opened read-only, and only then renamed to its final
// name; the seven newest are kept. Time comes from the caller's clock, so tests drive
// the daily schedule.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  chmodSync,
  closeSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BACKUP_NAME_PATTERN, backupName, parseBackupName } from '../../shared/api/backup';
import type { BackupInfo, BackupKind } from '../../shared/api/backup';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { createPrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../private-files';
import { applyKey, encryptPlainFile } from '../db/database';
import { isPlainDatabaseFile } from '../keys/database-keys';

export const BACKUP_DIR_NAME = 'backups';
export const BACKUPS_KEPT = 7;
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
const TEMP_PREFIX = '.incoming-';
/**
 * The copies found sound, by name and stamp (size and time), kept across runs: checking
 * a department-sized copy reads all of it (about 0.5 s from memory, 30 s from a cold
 * disk here), so the first listing of a run would otherwise check all seven again.
 */
const VERDICTS_FILE = 'backups-verified.json';

/** Beside the backups folder (one per database): the folder holds backups only. */
function verdictsPathFor(backupDir: string): string {
  return join(dirname(backupDir), `${basename(backupDir)}-${VERDICTS_FILE}`);
}

/** `backups/<file name>/` in the database's own folder (`backupFolderOf`). */
export function backupDirFor(databasePath: string): string {
  return join(dirname(databasePath), BACKUP_DIR_NAME, basename(databasePath));
}

/** `databaseId`: the id of the database it is a copy of (null: a copy made before ids). */
export type Verdict =
  { ok: true; schema: number; databaseId: string | null } | { ok: false; reason: string };

/**
 * Opens the file read-only and asks SQLite to check every page and index; a schema
 * newer than this version's is refused too (restoring it could not be read). An
 * encrypted copy is opened with `databaseKey`; a plain one (made before the database
 * was encrypted) as it is.
 */
export function verifyDatabaseFile(path: string, databaseKey: Buffer | null = null): Verdict {
  let db: Database | null = null;
  try {
    const plain = isPlainDatabaseFile(path);
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    if (!plain) applyKey(db, databaseKey);
    const result = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = result.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length > 0) return { ok: false, reason: problems.slice(0, 3).join('; ') };
    const schema = db.pragma('user_version', { simple: true }) as number;
    if (schema < 1) return { ok: false, reason: 'not a Jalon database (schema 0)' };
    if (schema > LATEST_SCHEMA_VERSION) {
      return { ok: false, reason: `written by a newer Jalon (schema ${schema})` };
    }
    return { ok: true, schema, databaseId: storedDatabaseId(db) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

function storedDatabaseId(db: Database): string | null {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'app_meta'").get();
  if (!hasMeta) return null;
  const row = db
    .prepare<[], { value: string }>("SELECT value FROM app_meta WHERE key = 'database_id'")
    .get();
  return row?.value ?? null;
}

export interface BackupStoreOptions {
  dir: string;
  now: () => Date;
  keep?: number;
  /**
   * The id of the database open now: only its copies are listed, counted and restored.
   * Null while none is open (recovery mode): every copy of the folder is its own then.
   */
  databaseId?: () => string | null;
  /** The database's encryption key: its copies are encrypted with it. */
  databaseKey?: Buffer | null;
}

/** A path as an SQL string literal. */
function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export type BackupStore = ReturnType<typeof createBackupStore>;

export function createBackupStore(options: BackupStoreOptions) {
  const { dir, now } = options;
  const keep = options.keep ?? BACKUPS_KEPT;
  const databaseKey = options.databaseKey ?? null;
  // Each file is verified once (by name, size and time): a listing stays cheap. Sound
  // verdicts are remembered across runs; a changed or unknown file is checked again.
  const verdicts = new Map<string, KnownVerdict>(loadSoundVerdicts(dir));

  function saveSoundVerdicts(): void {
    const sound = Object.fromEntries(
      [...verdicts]
        .filter(([, v]) => v.ok)
        .map(([name, v]) => [name, { stamp: v.stamp, databaseId: v.databaseId }]),
    );
    try {
      const path = verdictsPathFor(dir);
      writeFileSync(`${path}.tmp`, JSON.stringify(sound), { mode: PRIVATE_FILE_MODE });
      renameSync(`${path}.tmp`, path);
    } catch {
      // Only a cache: without it the next run checks the copies again.
    }
  }

  function stampOf(path: string): string {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  }

  function verdictOf(name: string): KnownVerdict {
    const path = join(dir, name);
    const stamp = stampOf(path);
    const known = verdicts.get(name);
    if (known && known.stamp === stamp) return known;
    const verdict = verifyDatabaseFile(path, databaseKey);
    const fresh = { stamp, ok: verdict.ok, databaseId: verdict.ok ? verdict.databaseId : null };
    verdicts.set(name, fresh);
    if (fresh.ok) saveSoundVerdicts();
    return fresh;
  }

  function isVerified(name: string): boolean {
    return verdictOf(name).ok;
  }

  /**
   * A copy of the database open now, or one too damaged to tell (listed, never restored).
   * With no database open, every copy of the folder.
   */
  function isOwn(name: string): boolean {
    const expected = options.databaseId?.() ?? null;
    if (expected === null) return true;
    const verdict = verdictOf(name);
    return !verdict.ok || verdict.databaseId === expected;
  }

  /** Every backup name the folder holds, oldest first (names sort by date-time). */
  function allNames(): string[] {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return [];
    }
    return entries.filter((n) => BACKUP_NAME_PATTERN.test(n)).sort();
  }

  /** This database's backups, oldest first. */
  function names(): string[] {
    return allNames().filter(isOwn);
  }

  function infoOf(name: string): BackupInfo {
    const parsed = parseBackupName(name)!;
    return {
      name,
      createdAt: parsed.createdAt,
      kind: parsed.kind,
      size: statSync(join(dir, name)).size,
      verified: isVerified(name),
    };
  }

  /** A name the folder holds now; anything else (a path, another file) is null. */
  function pathOf(name: string): string | null {
    return names().includes(name) ? join(dir, name) : null;
  }

  /** Keeps the `keep` newest backups; older ones are deleted. */
  function rotate(): string[] {
    const all = names();
    const removed = all.slice(0, Math.max(0, all.length - keep));
    for (const name of removed) {
      rmSync(join(dir, name), { force: true });
      verdicts.delete(name);
    }
    if (removed.length > 0) saveSoundVerdicts();
    return removed;
  }

  /** A free name for this instant (two backups in the same millisecond get the next one). */
  function freshName(kind: BackupKind): string {
    const taken = new Set(allNames());
    const at = now();
    for (let offset = 0; ; offset++) {
      const name = backupName(new Date(at.getTime() + offset), kind);
      if (!taken.has(name)) return name;
    }
  }

  return {
    dir,

    /** Newest first. */
    list(): BackupInfo[] {
      return names().reverse().map(infoOf);
    },

    pathOf,

    /** How many backups of this database the folder holds (none verified with none open). */
    count(): number {
      return names().length;
    },

    /** The newest backup that passes verification, or null. */
    latestVerified(): BackupInfo | null {
      for (const name of names().reverse()) {
        if (isVerified(name)) return infoOf(name);
      }
      return null;
    },

    /** When the newest backup was made, by its name; null when there is none. */
    newestAt(): Date | null {
      const newest = names().at(-1);
      return newest ? new Date(parseBackupName(newest)!.createdAt) : null;
    },

    /** No backup yet, or the newest is a day old or more. */
    isDue(): boolean {
      const newest = this.newestAt();
      return newest === null || now().getTime() - newest.getTime() >= BACKUP_INTERVAL_MS;
    },

    /**
     * Copies the open database with the online backup API into a temporary file, makes
     * it a single self-contained file (rollback journal, not WAL), verifies it, then
     * renames it into place and rotates. On any failure the temporary file is removed
     * and nothing is listed. An encrypted database is copied with VACUUM INTO instead:
     * SQLite3 Multiple Ciphers refuses the backup API between an encrypted source and
     * the unkeyed file it would create, while VACUUM INTO writes the copy encrypted with
     * the source's cipher and key (it holds the write lock meanwhile).
     */
    async create(db: Database, kind: BackupKind): Promise<BackupInfo> {
      createPrivateDir(dir);
      // Also when it existed: a folder someone else made (in a shared temporary folder)
      // cannot be made private by Jalon, and the backup stops here.
      chmodSync(dir, PRIVATE_DIR_MODE);
      const name = freshName(kind);
      const temp = join(dir, `${TEMP_PREFIX}${name}`);
      let copyOf: string | null;
      try {
        // Created empty with its owner-only mode first: SQLite would create it 0644
        // (VACUUM INTO accepts an empty file as its target).
        closeSync(openSync(temp, 'wx', PRIVATE_FILE_MODE));
        if (databaseKey) db.exec(`VACUUM INTO ${sqlString(temp)}`);
        else await db.backup(temp);
        const copy = new BetterSqlite3(temp, { fileMustExist: true });
        try {
          applyKey(copy, databaseKey);
          copy.pragma('journal_mode = DELETE');
        } finally {
          copy.close();
        }
        const verdict = verifyDatabaseFile(temp, databaseKey);
        if (!verdict.ok) throw new Error(`the backup copy failed verification: ${verdict.reason}`);
        renameSync(temp, join(dir, name));
        // The id the copy itself carries, as a later verification would read it.
        copyOf = verdict.databaseId;
      } catch (error) {
        removeWithSidecars(temp);
        throw error;
      }
      verdicts.set(name, { stamp: stampOf(join(dir, name)), ok: true, databaseId: copyOf });
      saveSoundVerdicts();
      rotate();
      return infoOf(name);
    },

    rotate,

    /**
     * Encrypts in place the copies made while the database was plain (before its first
     * start with a key, and the backup taken just before encrypting it), so no plain
     * copy of the data stays in the folder.
     */
    encryptPlainCopies(): void {
      if (!databaseKey) return;
      for (const name of names()) {
        const path = join(dir, name);
        if (!isPlainDatabaseFile(path)) continue;
        const copy = new BetterSqlite3(path, { fileMustExist: true });
        try {
          encryptPlainFile(copy, databaseKey);
        } finally {
          copy.close();
        }
        verdicts.delete(name);
      }
    },

    /** Temporary files a crash left behind. */
    removeLeftovers(): void {
      let entries: string[] = [];
      try {
        entries = readdirSync(dir);
      } catch {
        return;
      }
      for (const n of entries) if (n.startsWith(TEMP_PREFIX)) rmSync(join(dir, n), { force: true });
    },
  };
}

interface KnownVerdict {
  stamp: string;
  ok: boolean;
  databaseId: string | null;
}

function loadSoundVerdicts(dir: string): [string, KnownVerdict][] {
  try {
    const saved = JSON.parse(readFileSync(verdictsPathFor(dir), 'utf8')) as unknown;
    if (typeof saved !== 'object' || saved === null) return [];
    return Object.entries(saved).flatMap(([name, value]): [string, KnownVerdict][] => {
      const { stamp, databaseId } = (value ?? {}) as Record<string, unknown>;
      if (typeof stamp !== 'string') return [];
      if (databaseId !== null && typeof databaseId !== 'string') return [];
      return [[name, { stamp, ok: true, databaseId }]];
    });
  } catch {
    return [];
  }
}

/** A database file and its -wal, -shm and -journal companions. */
export function removeWithSidecars(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${path}${suffix}`, { force: true });
}
