// Files holding secrets: created owner-only (0600, folder 0700) whatever the umask,
// written whole under a temporary name first, so a crash never leaves half a key, and
// never replaced: two processes giving the same database its first key (the app and
// `jalon serve` started together) end up with the one written first.
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the per-database secrets are kept: null when this database has none yet. */
export interface SecretVault {
  load(name: string): Buffer | null;
  /** Stores `secret` unless the vault has one for `name` already; returns the one kept. */
  save(name: string, secret: Buffer): Buffer;
}

export class DatabaseKeyError extends Error {
  readonly code = 'database_key';
}

const SECRET_PATTERN = /^[0-9a-f]{64}$/i;

export function parseSecret(text: string, where: string): Buffer {
  const hex = text.trim();
  if (!SECRET_PATTERN.test(hex)) {
    throw new DatabaseKeyError(`${where}: expected 64 hexadecimal characters (32 bytes)`);
  }
  return Buffer.from(hex, 'hex');
}

export const SECRET_DIR_MODE = 0o700;
export const SECRET_FILE_MODE = 0o600;

export function readSecretFile(path: string): string {
  return readFileSync(path, 'utf8');
}

export function readSecretFileBytes(path: string): Buffer {
  return readFileSync(path);
}

/** Creates the file at `path`; false, changing nothing, when it exists already. */
export function createSecretFile(path: string, content: string | Buffer): boolean {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: SECRET_DIR_MODE });
  // mkdir's mode is filtered by the umask, and the folder may predate this version.
  chmodSync(dir, SECRET_DIR_MODE);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content, { mode: SECRET_FILE_MODE, flag: 'w' });
    chmodSync(temp, SECRET_FILE_MODE);
    // A hard link, unlike a rename, fails on an existing name: the first key stays.
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

function readIfPresent(path: string): string | null {
  try {
    return readSecretFile(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
}

/** The CLI's and the browser mode's vault: one `<name>.key` file per database, hex. */
export function fileVault(dir: string): SecretVault {
  const pathOf = (name: string) => join(dir, `${name}.key`);
  return {
    load(name) {
      const text = readIfPresent(pathOf(name));
      return text === null ? null : parseSecret(text, pathOf(name));
    },
    save(name, secret) {
      createSecretFile(pathOf(name), `${secret.toString('hex')}\n`);
      return this.load(name)!;
    },
  };
}

/** The keys folder of the user data folder (never beside the database it opens). */
export function keysDirIn(userDataDir: string): string {
  return join(userDataDir, 'keys');
}
