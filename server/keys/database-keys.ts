// The secrets of a database, kept outside its file: one random 32-byte secret per
// database, from which two independent keys are derived (HKDF-SHA256): the key that
// encrypts the file (SQLite3 Multiple Ciphers) and the key of the audit trail's HMAC
// chain. Whoever holds a copy of the file alone can neither read it nor rewrite its
// trail. Where the secret lives: a vault (a 0600 file in the user data folder's `keys`
// folder; on the desktop, the same file holding only the OS keychain's encrypted blob,
// see electron/main/safe-storage-vault.ts), or, for a server, JALON_KEY (64 hex
// characters) or JALON_KEY_FILE (a file holding them). See docs/security.md.
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createSecretFile, DatabaseKeyError, parseSecret, readSecretFile } from './secret-file';
import type { SecretVault } from './secret-file';

export { DatabaseKeyError, parseSecret };
export type { SecretVault };

export interface DatabaseKeys {
  /** Encrypts the file, its WAL and its backups. */
  databaseKey: Buffer;
  /** Keys the audit trail's HMAC chain. */
  auditKey: Buffer;
}

export const SECRET_BYTES = 32;

export function deriveKeys(secret: Buffer): DatabaseKeys {
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), purpose, SECRET_BYTES));
  return {
    databaseKey: derive('jalon database encryption'),
    auditKey: derive('jalon audit hmac'),
  };
}

/**
 * The vault name of a database: its file name and a digest of its absolute path, so
 * `a.db` and `b.db` (or two `jalon.db` in different folders) never share a secret.
 */
export function secretNameFor(databasePath: string): string {
  const absolute = resolve(databasePath);
  const digest = createHash('sha256').update(absolute).digest('hex').slice(0, 16);
  const stem = basename(absolute).replace(/[^A-Za-z0-9._-]/g, '_');
  return `${stem}-${digest}`;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** A file SQLite can read without a key: a plain database (an empty file counts). */
export function isPlainDatabaseFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === 0 || head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

export interface ResolveKeysOptions {
  vault: SecretVault;
  env?: NodeJS.ProcessEnv;
  /**
   * The app (desktop, `jalon serve`) creates a secret for a new or plain database; the
   * other commands only use the one they find.
   */
  create: boolean;
}

/**
 * The keys of the database at `databasePath`, or null when it has none and `create` is
 * false. A file that is already encrypted but whose secret is nowhere is an error: a new
 * secret could never open it.
 */
export function resolveDatabaseKeys(
  databasePath: string,
  options: ResolveKeysOptions,
): DatabaseKeys | null {
  const env = options.env ?? process.env;
  if (env.JALON_KEY) return deriveKeys(parseSecret(env.JALON_KEY, 'JALON_KEY'));
  if (env.JALON_KEY_FILE) {
    const path = env.JALON_KEY_FILE;
    if (!existsSync(path)) {
      if (!options.create) throw new DatabaseKeyError(`JALON_KEY_FILE: no file at ${path}`);
      createSecretFile(path, randomBytes(SECRET_BYTES).toString('hex'));
    }
    return deriveKeys(parseSecret(readSecretFile(path), path));
  }
  const name = secretNameFor(databasePath);
  const stored = options.vault.load(name);
  if (stored) return deriveKeys(stored);
  const plainOrNew = !existsSync(databasePath) || isPlainDatabaseFile(databasePath);
  if (!plainOrNew) {
    throw new DatabaseKeyError(
      `the database ${databasePath} is encrypted and its key (${name}) is not in the key store: restore the key (docs/security.md)`,
    );
  }
  if (!options.create) return null;
  return deriveKeys(options.vault.save(name, randomBytes(SECRET_BYTES)));
}
