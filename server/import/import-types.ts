// Types and errors shared by the import's format readers and its orchestrator.
import type { AuditRepository } from '../db/audit-repository';
import type { ImportCounts, ImportFormat, ImportIssue } from '../db/import-repository';
import type { CodeLookup } from '../../shared/journal/reference-checks';
import { reasonText } from '../../shared/journal/reason-text';
import { reasonFor } from '../../shared/journal/reasons';
import type { ImportReason, ReasonPart } from '../../shared/journal/reasons';
import type { ImportLimits } from '../../shared/journal/limits';

export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  /** Seekers written so far (imported, updated or unchanged). */
  seekers: number;
  actions: number;
  rejected: number;
}

/**
 * Whose people an import may create or change. `everyone`: an administrator, and the
 * CLI (it writes the database file itself, so it is the file's owner, not a user). A
 * team lead: only people followed by, and given to, their team's counsellors.
 */
export type ImportScope =
  { kind: 'everyone' } | { kind: 'counsellors'; counsellorIds: ReadonlySet<string> };

export const EVERYONE: ImportScope = { kind: 'everyone' };

export interface ImportOptions {
  /**
   * Code lookups for the warnings; by default the referentials shipped with Jalon,
   * loaded only if this thread needs them (big JSON Lines files are checked by workers).
   */
  referentials?: CodeLookup;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Parse JSON Lines on worker threads: by default only for big imports. The workers
   * check codes against the shipped referentials, parsed once by this thread and handed
   * to them.
   */
  parseWorker?: boolean;
  /** JSON Lines chunk size in bytes (tests use tiny chunks to exercise the boundaries). */
  chunkBytes?: number;
  /** Fixed in tests; the wall clock otherwise. */
  now?: () => Date;
  /**
   * The audit trail and who it names for this import. The import records its own entry
   * when it ends, completed or failed (and, if it is killed, the next import or start-up
   * does): the trail names whoever changed journals, however the run ended. Without it
   * (the demo caseload, benchmarks) the run is in the import history only.
   */
  audit?: { trail: AuditRepository; actor: string };
  /**
   * Read and check everything, write nothing: the counts say what the import would do
   * (new, replaced, unchanged, rejected), compared by content hash with what is stored.
   * No import record, no audit entry; importRef is 0.
   */
  preview?: boolean;
  /**
   * Whose people this import may create or change (EVERYONE by default: the CLI, the
   * demo, benchmarks); a line outside it is rejected and nothing of that person is
   * written. The app always passes the signed-in importer's.
   */
  scope?: ImportScope;
  /** IMPORT_LIMITS by default; tests lower them to reach them with small files. */
  limits?: ImportLimits;
}

export interface ImportSummary extends ImportCounts {
  importRef: number;
  format: ImportFormat;
  files: string[];
  /** Rejected lines and warnings, in file and line order (without the lines' text). */
  issues: ImportIssue[];
  /** The earlier completed import of exactly the same bytes, when there is one. */
  sameContentAs: { importRef: number; startedAt: string } | null;
}

/**
 * Nothing could be read: a missing file, an unknown format, a CSV without its pair. Its
 * message is the English wording (logs, API replies); `reason` lets each reader word it.
 */
export class ImportInputError extends Error {
  readonly code = 'import_input';
  readonly reason: ImportReason;

  constructor(reasonPart: ReasonPart) {
    const reason = reasonFor(reasonPart);
    super(reasonText(reason, 'en'));
    this.reason = reason;
  }
}
