// Collects validated journals and rejected lines and writes them in batched
// transactions. Each seeker's journal lands whole or not at all (new, replaced or
// left as is when its content did not change), so a kill at any moment leaves a sound
// database and running the same import again completes it.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SeekerJournal, SeekerProfile } from '../../shared/journal/contract';
import { encodeJournal, hashInput } from '../../shared/journal/write-encoding';
import type { EncodedJournal, FlatMonths } from '../../shared/journal/write-encoding';
import type { JournalRepository } from '../db/journal-repository';
import type { ImportCounts, ImportIssue, ImportRepository } from '../db/import-repository';
import { readTransaction, writeTransaction } from '../db/transactions';
import { part, reasonFor } from '../../shared/journal/reasons';
import type { ImportReason } from '../../shared/journal/reasons';
import type { AuditRepository } from '../db/audit-repository';
import type { ImportScope } from './import-types';
import type { ImportLimits } from '../../shared/journal/limits';

/**
 * Batch limits for callers that add journals one by one (the CSV path): big enough to
 * amortise commits, small enough to keep memory flat. JSON Lines batch by chunk.
 */
const MAX_BATCH_ACTIONS = 25_000;
const MAX_BATCH_SEEKERS = 1_000;

export interface LineOrigin {
  file: string;
  line: number;
}

export function journalContentHash(encoded: EncodedJournal): string {
  return createHash('sha1').update(hashInput(encoded)).digest('hex');
}

interface QueuedJournal {
  origin: LineOrigin;
  profile: SeekerProfile;
  months: FlatMonths;
  hash: string;
  actionCount: number;
}

interface BatchTally {
  imported: number;
  updated: number;
  unchanged: number;
  actions: number;
}

type Outcome = 'imported' | 'updated' | 'unchanged' | 'outsideScope';

/** Who changed the journals: the audit trail names them for each reassignment. */
export interface WriterAudit {
  trail: AuditRepository;
  actor: string;
}

export interface WriterOptions {
  journals: JournalRepository;
  imports: ImportRepository;
  importRef: number;
  /** When the import started: each journal's import time. */
  now: string;
  /** Count what each journal would be (new, replaced, unchanged) without writing. */
  preview: boolean;
  scope: ImportScope;
  audit: WriterAudit | null;
  limits: Pick<ImportLimits, 'keptIssues' | 'keptTextChars'>;
}

export class JournalWriter {
  readonly counts: ImportCounts = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    warnings: 0,
  };
  readonly issues: ImportIssue[] = [];
  actionsWritten = 0;
  seekersDone = 0;

  private queue: QueuedJournal[] = [];
  private queuedActions = 0;
  private pendingIssues: ImportIssue[] = [];
  private issueSeq = 0;
  private readonly writeBatch: () => BatchTally;

  private readonly journals: JournalRepository;
  private readonly imports: ImportRepository;
  private readonly importRef: number;
  private readonly now: string;
  private readonly scope: ImportScope;
  private readonly audit: WriterAudit | null;
  private readonly limits: Pick<ImportLimits, 'keptIssues' | 'keptTextChars'>;
  /** Issues kept so far, by severity, and the characters of rejected lines' text. */
  private readonly kept = { rejected: 0, warning: 0, textChars: 0 };

  constructor(db: Database, options: WriterOptions) {
    this.journals = options.journals;
    this.imports = options.imports;
    this.importRef = options.importRef;
    this.now = options.now;
    this.scope = options.scope;
    this.audit = options.audit;
    this.limits = options.limits;
    const preview = options.preview;
    const tallyOf = (decide: (queued: QueuedJournal) => Outcome): BatchTally => {
      const tally: BatchTally = { imported: 0, updated: 0, unchanged: 0, actions: 0 };
      for (const queued of this.queue) {
        const outcome = decide(queued);
        if (outcome === 'outsideScope') continue;
        tally[outcome] += 1;
        tally.actions += queued.actionCount;
      }
      return tally;
    };
    if (preview) {
      this.writeBatch = readTransaction(db, () => tallyOf((queued) => this.compareOne(queued)));
      return;
    }
    this.writeBatch = writeTransaction(db, (): BatchTally => {
      const tally = tallyOf((queued) => this.writeOne(queued));
      this.pendingIssues.forEach((issue, i) => {
        this.imports.addIssue(this.importRef, this.issueSeq + i + 1, issue);
      });
      // The run's record moves with the data it describes: a killed run shows exactly
      // what it had committed.
      this.imports.recordProgress(this.importRef, {
        imported: this.counts.imported + tally.imported,
        updated: this.counts.updated + tally.updated,
        unchanged: this.counts.unchanged + tally.unchanged,
        rejected: this.counts.rejected,
        warnings: this.counts.warnings,
      });
      return tally;
    });
  }

  /**
   * Queues a validated journal (`origin`: its line, named if it is rejected when
   * written); returns true when the batch is full and should be flushed.
   */
  add(journal: SeekerJournal, origin: LineOrigin): boolean {
    const encoded = encodeJournal(journal);
    this.addEncoded(encoded, journalContentHash(encoded), origin);
    return this.queuedActions >= MAX_BATCH_ACTIONS || this.queue.length >= MAX_BATCH_SEEKERS;
  }

  /** Queues a journal already encoded and hashed (by the parse worker). */
  addEncoded(encoded: EncodedJournal, hash: string, origin: LineOrigin): void {
    this.queue.push({
      origin,
      profile: JSON.parse(encoded.profile) as SeekerProfile,
      months: JSON.parse(encoded.months) as FlatMonths,
      hash,
      actionCount: encoded.actionCount,
    });
    this.queuedActions += encoded.actionCount;
  }

  reject(
    origin: LineOrigin,
    seekerId: string | null,
    reason: ImportReason,
    content: string | null,
  ): void {
    this.counts.rejected += 1;
    this.record({ severity: 'rejected', ...origin, seekerId, reason, content });
  }

  warn(origin: LineOrigin, seekerId: string | null, reason: ImportReason): void {
    this.counts.warnings += 1;
    this.record({ severity: 'warning', ...origin, seekerId, reason, content: null });
  }

  flush(): void {
    if (this.queue.length === 0 && this.pendingIssues.length === 0) return;
    // Counts move only once the batch is committed: a failed batch counts nothing.
    const tally = this.writeBatch();
    this.counts.imported += tally.imported;
    this.counts.updated += tally.updated;
    this.counts.unchanged += tally.unchanged;
    this.actionsWritten += tally.actions;
    this.seekersDone += tally.imported + tally.updated + tally.unchanged;
    this.issueSeq += this.pendingIssues.length;
    this.queue = [];
    this.queuedActions = 0;
    this.pendingIssues = [];
  }

  /**
   * Every issue is counted (by the caller); only the first `keptIssues` of each severity
   * are kept, and rejected lines' text only up to `keptTextChars` in all: a file of
   * garbage cannot fill the database or the replies.
   */
  private record(issue: ImportIssue): void {
    if (this.kept[issue.severity] >= this.limits.keptIssues) return;
    this.kept[issue.severity] += 1;
    const textChars = issue.content?.length ?? 0;
    const keepText = this.kept.textChars + textChars <= this.limits.keptTextChars;
    if (keepText) this.kept.textChars += textChars;
    this.issues.push({ ...issue, content: null });
    this.pendingIssues.push(keepText ? issue : { ...issue, content: null });
  }

  /**
   * Whether the importer may write this journal, checked in the batch's transaction
   * against the person's stored counsellor: a line outside the scope is rejected (without
   * its text: the person is not the importer's) and nothing of that person is written.
   */
  private withinScope(
    { origin, profile }: QueuedJournal,
    storedCounsellor: string | undefined,
  ): boolean {
    if (this.scope.kind === 'everyone') return true;
    const mine = this.scope.counsellorIds;
    const reason =
      storedCounsellor !== undefined && !mine.has(storedCounsellor)
        ? part('', 'seeker_outside_scope', { seekerId: profile.seeker_id })
        : !mine.has(profile.counsellor_id)
          ? part('counsellor_id', 'counsellor_outside_scope', {
              counsellorId: profile.counsellor_id,
            })
          : null;
    if (reason === null) return true;
    this.reject(origin, profile.seeker_id, reasonFor(reason), null);
    return false;
  }

  private compareOne(queued: QueuedJournal): Outcome {
    const stored = this.journals.findSeeker(queued.profile.seeker_id);
    if (!this.withinScope(queued, stored?.counsellorId)) return 'outsideScope';
    if (!stored) return 'imported';
    return stored.contentHash === queued.hash ? 'unchanged' : 'updated';
  }

  private writeOne(queued: QueuedJournal): Outcome {
    const { profile, months, hash } = queued;
    const stored = this.journals.findSeeker(profile.seeker_id);
    if (!this.withinScope(queued, stored?.counsellorId)) return 'outsideScope';
    if (!stored) {
      this.journals.insertJournal(profile, months, hash, this.now);
      return 'imported';
    }
    this.journals.markSeen(stored.seekerRef, this.now);
    if (stored.contentHash === hash) return 'unchanged';
    this.journals.replaceJournal(stored.seekerRef, profile, months, hash, this.now);
    // A new counsellor is a reassignment: the trail says who moved the person, from
    // whom to whom, in the same transaction as the move.
    if (stored.counsellorId !== profile.counsellor_id && this.audit) {
      this.audit.trail.append({
        actor: this.audit.actor,
        action: 'seeker.reassign',
        seekerId: profile.seeker_id,
        details: {
          importRef: this.importRef,
          from: stored.counsellorId,
          to: profile.counsellor_id,
        },
      });
    }
    return 'updated';
  }
}
