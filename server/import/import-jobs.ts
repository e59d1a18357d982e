// Imports run as jobs: `import.start` returns at once and the renderer polls
// `import.status` (both transports), so a long import never holds a request open and
// the progress bar moves. One import at a time: the journal writer assumes one writer.
// A preview runs the same way over the same staged files, writing nothing: the screen
// shows what the import would do (new, replaced, unchanged) and asks before replacing;
// the files stay staged for the import that follows.
import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ISSUES_PAGE } from '../../shared/api/contract';
import type { ImportJob, IssuePage, RejectedLine } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { Referentials } from '../../shared/reference/referentials';
import { refreshAfterImport } from '../analysis/refresh-analyses';
import type { AuditRepository } from '../db/audit-repository';
import {
  ImportInputError,
  importJournalFiles,
  interruptStaleImports,
} from '../import/import-journals';
import type { ImportOptions, ImportScope } from '../import/import-types';
import type { StagedFiles } from './staged-files';

/** Finished jobs kept for `import.status`; older ones are forgotten. */
const KEPT_JOBS = 20;

type Summary = NonNullable<ImportJob['summary']>;

/** A job as kept here: its rejected lines apart and whole, each reply carries a page. */
interface KeptJob {
  job: Omit<ImportJob, 'summary'> & { summary: Omit<Summary, 'issues'> | null };
  issues: RejectedLine[];
  /** Who started it: only they follow it (its lines quote their files). */
  actor: string;
}

/** `issues` as a reply carries them: ISSUES_PAGE from `from`. */
export function issuePage(issues: readonly RejectedLine[], from: number): IssuePage {
  const end = from + ISSUES_PAGE;
  return {
    issues: issues.slice(from, end),
    kept: issues.length,
    nextFrom: end < issues.length ? end : null,
  };
}

export class ImportJobs {
  private readonly jobs = new Map<string, KeptJob>();
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly refs: Referentials,
    private readonly staged: StagedFiles,
    private readonly audit: AuditRepository,
    /** The app's clock: the day of an import bounds the dates it accepts. */
    private readonly now: () => Date,
    private readonly logError: (error: unknown) => void = () => {},
    /** The JSON Lines chunk size (tests make many small batches of a small file). */
    private readonly tuning: Pick<ImportOptions, 'chunkBytes'> = {},
  ) {
    // At start-up: an import killed last time (kill -9, crash, power cut) shows as
    // interrupted in the history (and the audit trail) rather than running forever.
    if (!db.readonly) interruptStaleImports(db, audit);
  }

  /**
   * `actor`: who the audit trail names for this import; `scope`: whose people it may
   * create or change (lines outside it are rejected).
   */
  start(stagedIds: readonly string[], actor: string, scope: ImportScope): ImportJob {
    return this.launch('import', stagedIds, actor, scope);
  }

  /** What importing these staged files would do, written nowhere. */
  preview(stagedIds: readonly string[], actor: string, scope: ImportScope): ImportJob {
    return this.launch('preview', stagedIds, actor, scope);
  }

  private launch(
    kind: ImportJob['kind'],
    stagedIds: readonly string[],
    actor: string,
    scope: ImportScope,
  ): ImportJob {
    if (this.running) throw new ApiError('busy', 'an import is already running');
    const files = this.staged.resolve(stagedIds, actor);
    const job: KeptJob['job'] = {
      id: randomBytes(16).toString('hex'),
      kind,
      state: 'running',
      files: files.map((f) => f.name),
      bytesRead: 0,
      bytesTotal: files.reduce((n, f) => n + f.size, 0),
      seekers: 0,
      summary: null,
      error: null,
    };
    const kept: KeptJob = { job, issues: [], actor };
    this.remember(kept);
    this.running = this.run(
      kept,
      files.map((f) => f.path),
      stagedIds,
      actor,
      scope,
    ).finally(() => {
      this.running = null;
    });
    return this.status(job.id, actor);
  }

  /** `issuesFrom`: where the page of rejected lines the reply carries starts. */
  status(jobId: string, actor: string, issuesFrom = 0): ImportJob {
    const kept = this.jobs.get(jobId);
    if (!kept || kept.actor !== actor) throw new ApiError('not_found', `no import job ${jobId}`);
    const { job, issues } = kept;
    return {
      ...job,
      summary: job.summary && { ...job.summary, issues: issuePage(issues, issuesFrom) },
    };
  }

  /** Resolves when the running import (if any) has finished: for shutdown and tests. */
  async idle(): Promise<void> {
    await this.running;
  }

  private async run(
    kept: KeptJob,
    paths: string[],
    stagedIds: readonly string[],
    actor: string,
    scope: ImportScope,
  ) {
    const { job } = kept;
    try {
      const preview = job.kind === 'preview';
      const summary = await importJournalFiles(this.db, paths, {
        ...this.tuning,
        referentials: this.refs,
        now: this.now,
        preview,
        scope,
        audit: { trail: this.audit, actor },
        onProgress: (p) => {
          job.bytesRead = p.bytesRead;
          job.bytesTotal = p.bytesTotal;
          job.seekers = p.seekers;
        },
      });
      const reanalysed = preview ? 0 : await refreshAfterImport(this.db, this.refs);
      kept.issues = summary.issues.map((i) => ({
        file: i.file,
        line: i.line,
        seekerId: i.seekerId,
        severity: i.severity,
        reason: i.reason,
      }));
      job.summary = {
        imported: summary.imported,
        updated: summary.updated,
        unchanged: summary.unchanged,
        rejected: summary.rejected,
        warnings: summary.warnings,
        reanalysed,
        sameContentAs: summary.sameContentAs,
      };
      job.state = 'completed';
    } catch (error) {
      job.state = 'failed';
      job.error =
        error instanceof ImportInputError
          ? { code: 'import_input', message: error.message, reason: error.reason }
          : { code: 'internal', message: 'the import stopped on an unexpected error' };
      if (!(error instanceof ImportInputError)) this.logError(error);
    } finally {
      // A preview's files wait for the import; an import is done with them.
      if (job.kind === 'import') this.staged.release(stagedIds);
      else this.staged.settle(stagedIds);
    }
  }

  private remember(kept: KeptJob) {
    this.jobs.set(kept.job.id, kept);
    while (this.jobs.size > KEPT_JOBS) {
      const oldest = this.jobs.keys().next().value!;
      this.jobs.delete(oldest);
    }
  }
}
