// Opens a Jalon database file: pragmas, schema migrations, and the refusal to touch a
// file written by a newer Jalon (its schema could mean something this version
// cannot know). Given the database's keys (keys/database-keys.ts), the file, its WAL
// and its copies are encrypted (SQLite3 Multiple Ciphers, ChaCha20-Poly1305), a plain
// file is encrypted in place on the way, and the audit trail is keyed (HMAC).
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertMigrationOrder, LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations';
import { createPrivateDir, createPrivateFile } from '../private-files';
import { writeTransaction } from './transactions';
import { createAuditRepository, useAuditKey } from './audit-repository';
import type { DatabaseKeys } from '../keys/database-keys';
import { isPlainDatabaseFile } from '../keys/database-keys';

export type { Database };

export class DatabaseTooNewError extends Error {
  readonly code = 'database_too_new';
  constructor(
    readonly path: string,
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `The database ${path} was written by a newer version of Jalon (schema ${fileVersion}; this version knows up to ${appVersion}). Update Jalon to open it.`,
    );
  }
}

export interface OpenOptions {
  readonly?: boolean;
  /** Tests apply a prefix of the list to check each migration on its own. */
  migrations?: readonly Migration[];
  /** Encrypt the file and key the audit trail; none: a plain file (tests, demo files). */
  keys?: DatabaseKeys | null;
  /** The clock of the `audit.keyed` entry written when a file first gets its keys. */
  now?: () => Date;
}

/**
 * The key pragma's value for a raw 32-byte key: `x'…'` hands the bytes to the cipher as
 * they are, skipping the passphrase KDF (the key is random, not a password).
 */
function rawKey(key: Buffer): string {
  return `"x'${key.toString('hex')}'"`;
}

/**
 * The keys each open connection was given, for what opens the same file again: the
 * analysis workers' own read-only connections.
 */
const openedKeys = new WeakMap<Database, DatabaseKeys>();

export function keysOf(db: Database): DatabaseKeys | null {
  return openedKeys.get(db) ?? null;
}

/** Opens `path` with `key` (a copy of a keyed database: a backup, a staged restore). */
export function applyKey(db: Database, key: Buffer | null | undefined): void {
  if (key) db.pragma(`key = ${rawKey(key)}`);
}

/**
 * Encrypts a plain file in place. SQLite3 Multiple Ciphers cannot rekey in WAL mode
 * (the new salt would only be in the WAL), so the file goes through DELETE mode.
 */
export function encryptPlainFile(db: Database, key: Buffer): void {
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = ${rawKey(key)}`);
}

function holdsData(path: string): boolean {
  return path !== ':memory:' && existsSync(path) && statSync(path).size > 0;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): void {
  assertMigrationOrder(migrations);
  const latest = migrations.length;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseTooNewError(db.name, current, latest);
  if (current === latest) return;
  // One transaction per step: a crash leaves the file at the previous version. The
  // version is read again under the write lock: two processes opening a new file at
  // once (the app and `jalon import`) must not both apply the same step.
  const step = writeTransaction(db, (): boolean => {
    const version = schemaVersion(db);
    if (version > latest) throw new DatabaseTooNewError(db.name, version, latest);
    const migration = migrations[version];
    if (!migration) return false;
    migration.up(db);
    db.pragma(`user_version = ${migration.version}`);
    return true;
  });
  let applied = true;
  while (applied) applied = step();
}

/** How long a statement waits for another process's lock before "database is locked". */
const BUSY_TIMEOUT_MS = 5000;
const WAL_SWITCH_RETRY_MS = 25;

/**
 * Puts the file in WAL mode. On a file still in rollback mode (a new one), SQLite answers
 * SQLITE_BUSY at once, without waiting busy_timeout, while another process holds its
 * write lock: two processes creating the same file at the same moment (the app and
 * `jalon import`), one switching it as the other asks. Once the other has switched it,
 * the pragma has nothing left to do: so try again, for as long as busy_timeout would wait.
 */
function switchToWal(db: Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      const busy = (error as { code?: unknown }).code === 'SQLITE_BUSY';
      if (!busy || Date.now() >= deadline) throw error;
      // A synchronous pause: opening is synchronous, and this is a rare moment.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WAL_SWITCH_RETRY_MS);
    }
  }
}

export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (!options.readonly && path !== ':memory:') {
    createPrivateDir(dirname(path));
    createPrivateFile(path);
  }
  const keys = options.keys ?? null;
  const plainFile = keys !== null && holdsData(path) && isPlainDatabaseFile(path);
  const db = new BetterSqlite3(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    if (keys) {
      // A plain file opened read-only stays as it is (converting it needs a write).
      if (!plainFile) applyKey(db, keys.databaseKey);
      else if (!options.readonly) {
        // A file from a newer Jalon is left exactly as it is.
        const latest = options.migrations?.length ?? LATEST_SCHEMA_VERSION;
        const version = schemaVersion(db);
        if (version > latest) throw new DatabaseTooNewError(path, version, latest);
        encryptPlainFile(db, keys.databaseKey);
      }
      useAuditKey(db, keys.auditKey);
      openedKeys.set(db, keys);
    }
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (options.readonly) {
      const version = schemaVersion(db);
      const latest = options.migrations?.length ?? LATEST_SCHEMA_VERSION;
      if (version > latest) throw new DatabaseTooNewError(path, version, latest);
    } else {
      switchToWal(db);
      // In WAL mode NORMAL is crash-safe (a power cut may lose the last commit, never
      // corrupt the file) and much faster than FULL for the import's batches.
      db.pragma('synchronous = NORMAL');
      migrate(db, options.migrations);
      if (keys) createAuditRepository(db, options.now).seal();
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
