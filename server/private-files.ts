// Files and folders that hold personal data are created readable by their owner only
// (0600, 0700), whatever the process's umask: the database and its -wal/-shm (SQLite
// gives those the database file's own mode), the backups and their verdicts file.
// Windows ignores these modes; there the user profile's folders are private already.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Creates the folder and its missing parents owner-only. Folders that already exist
 * keep their rights: the database may live in a folder of the user's choosing.
 */
export function createPrivateDir(dir: string): void {
  const first = mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (first === undefined) return;
  // The mode given to mkdir is filtered by the umask: set it, on each folder made.
  for (let made = dir; ; made = dirname(made)) {
    chmodSync(made, PRIVATE_DIR_MODE);
    if (made === first || dirname(made) === made) break;
  }
}

/** Creates the file empty and owner-only when it does not exist; an existing one is left as it is. */
export function createPrivateFile(path: string): void {
  if (existsSync(path)) return;
  // 'a' neither truncates nor fails when another process created the file meanwhile.
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
}
