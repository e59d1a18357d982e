// Opening the database at start, and saying what went wrong instead of crashing: a
// missing file (when backups show there was one), a damaged one, a read-only file or
// folder, a full disk, a database from a newer Jalon. The app then starts in recovery
// mode (app-host.ts) and the page explains it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import type { StartupProblemKind } from '../../shared/api/backup';
import { DatabaseTooNewError, openDatabase } from '../db/database';
import type { DatabaseKeys } from '../keys/database-keys';

export interface OpenProblem {
  kind: StartupProblemKind;
  detail: string;
}

export type OpenOutcome = { ok: true; db: Database } | { ok: false; problem: OpenProblem };

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The kind of failure an open or a write raised. */
export function classifyOpenError(error: unknown): StartupProblemKind {
  if (error instanceof DatabaseTooNewError) return 'too_new';
  const code = codeOf(error);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code.startsWith('SQLITE_READONLY') || ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return 'read_only';
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE') {
    return 'disk_full';
  }
  return 'cannot_open';
}

function problemOf(error: unknown): OpenProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const code = codeOf(error);
  return { kind: classifyOpenError(error), detail: code ? `${code}: ${detail}` : detail };
}

/**
 * Opens (and migrates) the database for the app. `expectExisting`: there are backups,
 * so a missing file is a problem rather than a first start. `keys` and `now`: see
 * database.ts.
 */
export function openAtStartup(
  path: string,
  expectExisting: boolean,
  options: { keys?: DatabaseKeys | null; now?: () => Date } = {},
): OpenOutcome {
  if (!existsSync(path) && expectExisting) {
    return {
      ok: false,
      problem: { kind: 'missing', detail: `no file at ${path}, but backups exist` },
    };
  }
  let db: Database;
  try {
    db = openDatabase(path, options);
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  try {
    // Every page read once: a damaged file is caught now, not in the middle of a task.
    const check = db.pragma('quick_check') as { quick_check: string }[];
    const problems = check.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0) {
      db.close();
      return {
        ok: false,
        problem: { kind: 'corrupt', detail: problems.slice(0, 3).join('; ') },
      };
    }
    // A real write (the same value back): a read-only file or folder fails here,
    // SQLite having quietly opened it read-only.
    const version = db.pragma('user_version', { simple: true }) as number;
    db.pragma(`user_version = ${version}`);
    return { ok: true, db };
  } catch (error) {
    db.close();
    return { ok: false, problem: problemOf(error) };
  }
}
