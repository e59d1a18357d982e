// The import history: one row per import run, and the lines it rejected or warned
// about, kept with their text so they can be shown and exported later.
import type { Database } from 'better-sqlite3';

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

export interface ImportIssue {
  severity: IssueSeverity;
  file: string;
  line: number;
  seekerId: string | null;
  reason: string;
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
    reason: row.reason,
    content: row.content,
  };
}

/** Rejected lines are stored for correction, but a runaway line must not bloat the file. */
const MAX_STORED_LINE = 200_000;

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
  const interruptStaleStmt = db.prepare(
    `UPDATE imports SET status = 'interrupted' WHERE status = 'running'`,
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
  const issuesStmt = db.prepare<{ import_ref: number }, IssueRow>(
    `SELECT severity, file, line, seeker_id, reason, content FROM import_issues
     WHERE import_ref = @import_ref ORDER BY seq`,
  );

  return {
    /**
     * A run still marked running was killed (one Jalon writes at a time); saying so
     * keeps the history honest. The rerun completes the data itself.
     */
    markStaleRunsInterrupted(): void {
      interruptStaleStmt.run();
    },

    start(files: string[], format: ImportFormat, startedAt: string): number {
      return Number(
        startStmt.run({ files: JSON.stringify(files), format, started_at: startedAt })
          .lastInsertRowid,
      );
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
    },

    addIssue(importRef: number, seq: number, issue: ImportIssue): void {
      addIssueStmt.run({
        import_ref: importRef,
        seq,
        severity: issue.severity,
        file: issue.file,
        line: issue.line,
        seeker_id: issue.seekerId,
        reason: issue.reason,
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

    issues(importRef: number): ImportIssue[] {
      return issuesStmt.all({ import_ref: importRef }).map(rowToIssue);
    },
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
