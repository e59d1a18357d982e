// The import history: one row per import run, and the lines it rejected or warned
// about, kept with their text so they can be shown and exported later.
import { hostname } from 'node:os';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { decodeReason, encodeReason } from '../../shared/journal/reasons';
import type { ImportReason } from '../../shared/journal/reasons';
import { writeTransaction } from './transactions';
import { processAlive } from '../process-alive';

export type ImportFormat = 'jsonl' | 'csv';
export type ImportStatus = 'running' | 'completed' | 'failed' | 'interrupted';
export type IssueSeverity = 'rejected' | 'warning';

export interface ImportCounts {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
}

export interface ImportRecord extends ImportCounts {
  importRef: number;
  files: string[];
  format: ImportFormat;
  contentHash: string | null;
  startedAt: string;
  finishedAt: string | null;
  status: ImportStatus;
  error: string | null;
}

/** A run as the import screen lists it: with who ran it, when the trail or the run says. */
export interface ImportHistoryRecord extends ImportRecord {
  /** A user id, `cli`; null for a run nobody is named for (the demo caseload). */
  actor: string | null;
  actorName: string | null;
}

export interface ImportIssue {
  severity: IssueSeverity;
  file: string;
  line: number;
  seekerId: string | null;
  /** Stored as a key and parameters; a row of an older Jalon as its sentence. */
  reason: ImportReason;
  /** The offending line's text (rejected lines only). */
  content: string | null;
}

interface ImportRow {
  import_ref: number;
  files: string;
  format: string;
  content_hash: string | null;
  started_at: string;
  finished_at: string | null;
  status: string;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  error: string | null;
}

interface IssueRow {
  severity: string;
  file: string;
  line: number;
  seeker_id: string | null;
  reason: string;
  content: string | null;
}

function rowToImport(row: ImportRow): ImportRecord {
  return {
    importRef: row.import_ref,
    files: JSON.parse(row.files) as string[],
    format: row.format as ImportFormat,
    contentHash: row.content_hash,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: row.status as ImportStatus,
    imported: row.imported,
    updated: row.updated,
    unchanged: row.unchanged,
    rejected: row.rejected,
    warnings: row.warnings,
    error: row.error,
  };
}

function rowToIssue(row: IssueRow): ImportIssue {
  return {
    severity: row.severity as IssueSeverity,
    file: row.file,
    line: row.line,
    seekerId: row.seeker_id,
    reason: decodeReason(row.reason),
    content: row.content,
  };
}

/** Rejected lines are stored for correction, but a runaway line must not bloat the file. */
const MAX_STORED_LINE = 200_000;

/**
 * Which process runs an import: kept in app_meta (key `import_owner:<import_ref>`) from
 * its start to its end, so that a run still marked running can be told from one that
 * was killed. No schema change: the row goes when the run ends.
 */
export interface ImportOwner {
  pid: number;
  host: string;
  /**
   * Who the audit trail names for this run (a user id, `cli`); null when the run is not
   * audited (the demo caseload) or was started by a version that did not record it.
   */
  actor: string | null;
}

/** A run found killed, marked interrupted. */
export interface InterruptedRun {
  importRef: number;
  actor: string | null;
}

const ownerKey = (importRef: number) => `import_owner:${importRef}`;

function currentOwner(actor: string | null): ImportOwner {
  return { pid: process.pid, host: hostname(), actor };
}

function parseOwner(value: string | null): ImportOwner | null {
  if (value === null) return null;
  try {
    const owner = JSON.parse(value) as Partial<ImportOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? {
          pid: owner.pid,
          host: owner.host,
          actor: typeof owner.actor === 'string' ? owner.actor : null,
        }
      : null;
  } catch {
    return null;
  }
}

/**
 * A run whose process is gone cannot finish. A WAL database is only ever written from
 * one machine at a time, so a run owned by another host (a file copied after a crash)
 * is gone too; so is a run with no owner recorded (written before owners were kept).
 */
export function ownerIsGone(owner: ImportOwner | null): boolean {
  if (owner === null) return true;
  if (owner.host !== hostname()) return true;
  return !processAlive(owner.pid);
}

export function createImportRepository(db: Database) {
  const startStmt = db.prepare<{ files: string; format: ImportFormat; started_at: string }>(
    `INSERT INTO imports (files, format, started_at, status)
     VALUES (@files, @format, @started_at, 'running')`,
  );
  const finishStmt = db.prepare(
    `UPDATE imports SET status = @status, finished_at = @finished_at, content_hash = @content_hash,
       imported = @imported, updated = @updated, unchanged = @unchanged, rejected = @rejected,
       warnings = @warnings, error = @error
     WHERE import_ref = @import_ref`,
  );
  const runningStmt = db.prepare<[], { import_ref: number; owner: string | null }>(
    `SELECT import_ref, (SELECT value FROM app_meta WHERE key = 'import_owner:' || import_ref) AS owner
     FROM imports WHERE status = 'running' ORDER BY import_ref`,
  );
  const interruptStmt = db.prepare<{ import_ref: number; error: string }>(
    `UPDATE imports SET status = 'interrupted', error = @error
     WHERE import_ref = @import_ref AND status = 'running'`,
  );
  const setOwnerStmt = db.prepare<{ key: string; value: string }>(
    'INSERT OR REPLACE INTO app_meta (key, value) VALUES (@key, @value)',
  );
  const dropOwnerStmt = db.prepare<{ key: string }>('DELETE FROM app_meta WHERE key = @key');
  const progressStmt = db.prepare(
    `UPDATE imports SET imported = @imported, updated = @updated, unchanged = @unchanged,
       rejected = @rejected, warnings = @warnings
     WHERE import_ref = @import_ref`,
  );
  const addIssueStmt = db.prepare(
    `INSERT INTO import_issues (import_ref, seq, severity, file, line, seeker_id, reason, content)
     VALUES (@import_ref, @seq, @severity, @file, @line, @seeker_id, @reason, @content)`,
  );
  const getStmt = db.prepare<{ import_ref: number }, ImportRow>(
    'SELECT * FROM imports WHERE import_ref = @import_ref',
  );
  const listStmt = db.prepare<[], ImportRow>('SELECT * FROM imports ORDER BY import_ref DESC');
  const sameContentStmt = db.prepare<{ content_hash: string; import_ref: number }, ImportRow>(
    `SELECT * FROM imports WHERE content_hash = @content_hash AND import_ref < @import_ref
       AND status = 'completed' ORDER BY import_ref DESC LIMIT 1`,
  );
  const recentStmt = db.prepare<{ limit: number }, ImportRow & { owner: string | null }>(
    `SELECT i.*, (SELECT value FROM app_meta WHERE key = 'import_owner:' || i.import_ref) AS owner
     FROM imports i ORDER BY i.import_ref DESC LIMIT @limit`,
  );
  // Who ran each audited import: its trail entry names the run (details.importRef) since
  // the history is shown; runs recorded before that have no one named.
  const importActorsStmt = db.prepare<
    [],
    { import_ref: number; actor: string; name: string | null }
  >(
    `SELECT json_extract(a.details, '$.importRef') AS import_ref, a.actor, u.display_name AS name
     FROM audit_log a LEFT JOIN users u ON u.user_id = a.actor
     WHERE a.action = 'import' AND json_extract(a.details, '$.importRef') IS NOT NULL`,
  );
  const runActorStmt = db.prepare<{ import_ref: number }, { actor: string }>(
    `SELECT actor FROM audit_log
     WHERE action = 'import' AND json_extract(details, '$.importRef') = @import_ref
     ORDER BY entry_ref LIMIT 1`,
  );
  const userNameStmt = db.prepare<{ user_id: string }, { display_name: string }>(
    'SELECT display_name FROM users WHERE user_id = @user_id',
  );
  const issuesStmt = db.prepare<{ import_ref: number }, IssueRow>(
    `SELECT severity, file, line, seeker_id, reason, content FROM import_issues
     WHERE import_ref = @import_ref ORDER BY seq`,
  );
  const issuePageStmt = db.prepare<{ import_ref: number; from: number; limit: number }, IssueRow>(
    `SELECT severity, file, line, seeker_id, reason, content FROM import_issues
     WHERE import_ref = @import_ref ORDER BY seq LIMIT @limit OFFSET @from`,
  );
  const issueCountStmt = db.prepare<{ import_ref: number }, { n: number }>(
    'SELECT count(*) AS n FROM import_issues WHERE import_ref = @import_ref',
  );

  return {
    /**
     * Whether a run is still marked running with its process gone, read without taking
     * the write lock: almost every start-up finds none, and must not wait for an import
     * that another process is writing.
     */
    hasStaleRuns(): boolean {
      return runningStmt.all().some((run) => ownerIsGone(parseOwner(run.owner)));
    },

    /**
     * A run still marked running whose process is gone was killed (kill -9, a crash, a
     * power cut): it is marked interrupted, keeping the counts it had committed, so the
     * history never shows it running forever. A run whose process is alive (another
     * Jalon importing into the same file right now) is left alone. The rerun completes
     * the data itself. Returns the runs marked, with who started them.
     */
    markStaleRunsInterrupted(): InterruptedRun[] {
      const marked: InterruptedRun[] = [];
      writeTransaction(db, () => {
        for (const run of runningStmt.all()) {
          const owner = parseOwner(run.owner);
          if (!ownerIsGone(owner)) continue;
          interruptStmt.run({
            import_ref: run.import_ref,
            error:
              owner === null
                ? 'the import stopped before its end'
                : `the import stopped before its end (process ${owner.pid} on ${owner.host})`,
          });
          dropOwnerStmt.run({ key: ownerKey(run.import_ref) });
          marked.push({ importRef: run.import_ref, actor: owner?.actor ?? null });
        }
      })();
      return marked;
    },

    /** Records the run as running, owned by this process, in one transaction. */
    start(
      files: string[],
      format: ImportFormat,
      startedAt: string,
      actor: string | null = null,
    ): number {
      return writeTransaction(db, () => {
        const importRef = Number(
          startStmt.run({ files: JSON.stringify(files), format, started_at: startedAt })
            .lastInsertRowid,
        );
        setOwnerStmt.run({
          key: ownerKey(importRef),
          value: JSON.stringify(currentOwner(actor)),
        });
        return importRef;
      })();
    },

    /** The counts committed so far: call in the transaction that commits them. */
    recordProgress(importRef: number, counts: ImportCounts): void {
      progressStmt.run({ import_ref: importRef, ...counts });
    },

    finish(
      importRef: number,
      outcome: ImportCounts & {
        status: ImportStatus;
        finishedAt: string;
        contentHash: string | null;
        error?: string | null;
      },
    ): void {
      writeTransaction(db, () => {
        finishStmt.run({
          import_ref: importRef,
          status: outcome.status,
          finished_at: outcome.finishedAt,
          content_hash: outcome.contentHash,
          imported: outcome.imported,
          updated: outcome.updated,
          unchanged: outcome.unchanged,
          rejected: outcome.rejected,
          warnings: outcome.warnings,
          error: outcome.error ?? null,
        });
        dropOwnerStmt.run({ key: ownerKey(importRef) });
      })();
    },

    addIssue(importRef: number, seq: number, issue: ImportIssue): void {
      addIssueStmt.run({
        import_ref: importRef,
        seq,
        severity: issue.severity,
        file: issue.file,
        line: issue.line,
        seeker_id: issue.seekerId,
        reason: encodeReason(issue.reason),
        content: issue.content === null ? null : issue.content.slice(0, MAX_STORED_LINE),
      });
    },

    get(importRef: number): ImportRecord | undefined {
      const row = getStmt.get({ import_ref: importRef });
      return row && rowToImport(row);
    },

    list(): ImportRecord[] {
      return listStmt.all().map(rowToImport);
    },

    /** The latest earlier completed import of exactly the same bytes, if any. */
    previousWithSameContent(importRef: number, contentHash: string): ImportRecord | undefined {
      const row = sameContentStmt.get({ content_hash: contentHash, import_ref: importRef });
      return row && rowToImport(row);
    },

    /** The latest runs, newest first, with who ran them. */
    history(limit: number): ImportHistoryRecord[] {
      const rows = recentStmt.all({ limit });
      if (rows.length === 0) return [];
      const named = new Map(importActorsStmt.all().map((row) => [row.import_ref, row]));
      return rows.map((row) => {
        const audited = named.get(row.import_ref);
        // A run still going is named by its owner row until its trail entry exists.
        const actor = audited?.actor ?? parseOwner(row.owner)?.actor ?? null;
        const actorName =
          audited?.name ??
          (actor === null ? null : (userNameStmt.get({ user_id: actor })?.display_name ?? null));
        return { ...rowToImport(row), actor, actorName };
      });
    },

    /** Who the audit trail names for this run; null when nobody is (the demo caseload). */
    actorOf(importRef: number): string | null {
      return runActorStmt.get({ import_ref: importRef })?.actor ?? null;
    },

    issues(importRef: number): ImportIssue[] {
      return issuesStmt.all({ import_ref: importRef }).map(rowToIssue);
    },

    /** `limit` issues from the `from`-th (0-based), in the order they were recorded. */
    issuePage(importRef: number, from: number, limit: number): ImportIssue[] {
      return issuePageStmt.all({ import_ref: importRef, from, limit }).map(rowToIssue);
    },

    /** How many issues the run kept. */
    issueCount(importRef: number): number {
      return issueCountStmt.get({ import_ref: importRef })!.n;
    },
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
