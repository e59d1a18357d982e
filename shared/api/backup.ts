// Backups and start-up recovery as the screens see them: the copies kept beside the
// database, and what went wrong when the database could not be opened at start.

/** Why a backup was made: the daily one, « Sauvegarder maintenant », or just before a restore. */
export const BACKUP_KINDS = ['auto', 'manual', 'safety'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/**
 * A backup's file name: `jalon-` then its UTC date-time (sortable as text), then its
 * kind. Nothing else is ever accepted as a name, so no name can reach outside the
 * backups folder.
 */
export const BACKUP_NAME_PATTERN =
  /^jalon-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(auto|manual|safety)\.db$/;

/**
 * A database's backups folder: `backups/<its file name>/` in the database's own folder,
 * one per database, so that `a.db` and `b.db` side by side never share (or skip the
 * daily backup for) each other's copies. Keyed by the file name rather than by the
 * database's id, because the recovery screen must find the copies of a file it cannot
 * open; the id inside each copy is checked before it is listed or restored.
 */
export function backupFolderOf(databasePath: string): string {
  const cut = Math.max(databasePath.lastIndexOf('/'), databasePath.lastIndexOf('\\'));
  const separator = cut >= 0 ? databasePath[cut]! : '/';
  const folder = cut >= 0 ? databasePath.slice(0, cut + 1) : '';
  return `${folder}backups${separator}${databasePath.slice(cut + 1)}`;
}

export interface BackupInfo {
  name: string;
  /** ISO date-time (UTC), read from the name. */
  createdAt: string;
  kind: BackupKind;
  /** Bytes. */
  size: number;
  /** Passed `PRAGMA integrity_check`, opened read-only, and its schema is one this version reads. */
  verified: boolean;
}

export interface RestoreResult {
  restored: string;
  /** The copy of the database as it was just before (null in recovery mode: it was unreadable). */
  safetyBackup: string | null;
}

/**
 * What kept the database from opening at start. `missing`: there are backups but no
 * database (a first start has neither, and creates it).
 */
export const STARTUP_PROBLEM_KINDS = [
  'missing',
  'corrupt',
  'read_only',
  'disk_full',
  'too_new',
  'cannot_open',
] as const;
export type StartupProblemKind = (typeof STARTUP_PROBLEM_KINDS)[number];

export interface StartupProblem {
  kind: StartupProblemKind;
  databasePath: string;
  /** SQLite's or the system's own words, for the person who will fix it. */
  detail: string;
  /** The newest backup that passes verification, if any. */
  latestBackup: BackupInfo | null;
  /**
   * Restoring helps (a missing or damaged file); not for a read-only or full disk or a
   * database from a newer Jalon, where it would fail or lose newer data.
   */
  canRestore: boolean;
}

export interface StartupRestoreResult extends RestoreResult {
  /** Where the unreadable file was moved (kept for a specialist); null when it was missing. */
  damagedCopy: string | null;
}

/** The name as its date-time and kind, or null for anything that is not a backup name. */
export function parseBackupName(name: string): { createdAt: string; kind: BackupKind } | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, kind] = m;
  const createdAt = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, kind: kind as BackupKind };
}

export function backupName(at: Date, kind: BackupKind): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `jalon-${stamp}-${kind}.db`;
}
