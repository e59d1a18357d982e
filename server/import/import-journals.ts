// Imports journal files (JSON Lines, or the CSV pair seekers.csv + actions.csv) into
// the store. The unit is the line: a line that breaks the contract is rejected with
// its number and reason, every other line is imported. journal-writer.ts writes each
// seeker's journal atomically and idempotently; jsonl-chunks.ts and csv-import.ts read
// the two formats. docs/import.md tells the why.
import { localIsoDate } from '../local-date';
import { createHash } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { canonicalJson } from '../../shared/journal/canonical';
import type { CodeLookup } from '../../shared/journal/reference-checks';
import { decodeJournal } from '../../shared/journal/write-encoding';
import { createAuditRepository } from '../db/audit-repository';
import type { AuditRepository } from '../db/audit-repository';
import { createImportRepository } from '../db/import-repository';
import type { ImportFormat, ImportRecord } from '../db/import-repository';
import { createJournalRepository } from '../db/journal-repository';
import { writeTransaction } from '../db/transactions';
import { loadReferentials, referenceDataOnce } from '../reference/load-reference';
import { startWorker } from '../workers/start-worker';
import { importCsvPair } from './csv-import';
import { EVERYONE, ImportInputError } from './import-types';
import { IMPORT_LIMITS } from '../../shared/journal/limits';
import type { ImportOptions, ImportProgress, ImportSummary } from './import-types';
import { JournalWriter } from './journal-writer';
import type { LineOrigin } from './journal-writer';
import { part, reasonFor } from '../../shared/journal/reasons';
import { parseChunk, planChunks } from './jsonl-chunks';
import type { ChunkResult, ChunkTask } from './jsonl-chunks';
import { CHUNKS_IN_FLIGHT_PER_WORKER } from './jsonl-parse-protocol';
import type { FromParseWorker, ParseWorkerInput, ToParseWorker } from './jsonl-parse-protocol';

export { ImportInputError };
export type { ImportOptions, ImportProgress, ImportSummary };

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.json']);

function detectFormat(paths: readonly string[]): ImportFormat {
  const formats = new Set(
    paths.map((p) => {
      const ext = extname(p).toLowerCase();
      if (JSONL_EXTENSIONS.has(ext)) return 'jsonl' as const;
      if (ext === '.csv') return 'csv' as const;
      throw new ImportInputError(
        part('', 'unknown_file_type', { file: basename(p), extension: ext }),
      );
    }),
  );
  if (formats.size > 1) {
    throw new ImportInputError(part('', 'mixed_formats', {}));
  }
  return [...formats][0]!;
}

/** An import as the audit trail records it: its files, what it committed, how it ended. */
function auditImport(trail: AuditRepository, actor: string, run: ImportRecord): void {
  trail.append({
    actor,
    action: 'import',
    details: {
      // Ties the entry to its run: the import screen's history names who ran it.
      importRef: run.importRef,
      files: run.files,
      imported: run.imported,
      updated: run.updated,
      unchanged: run.unchanged,
      rejected: run.rejected,
      status: run.status,
    },
  });
}

/**
 * Marks the runs killed last time (kill -9, a crash, a power cut) interrupted and records
 * each in the audit trail with what it had committed, in one transaction. Called before
 * an import and when the app starts. Returns the refs of the runs marked.
 */
export function interruptStaleImports(db: Database, trail: AuditRepository): number[] {
  const imports = createImportRepository(db);
  if (!imports.hasStaleRuns()) return [];
  return writeTransaction(db, () =>
    imports.markStaleRunsInterrupted().map((run) => {
      const record = imports.get(run.importRef);
      if (run.actor !== null && record) auditImport(trail, run.actor, record);
      return run.importRef;
    }),
  )();
}

function checkReadable(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ImportInputError(part('', 'missing_file', { path }));
  }
  if (!stats.isFile()) throw new ImportInputError(part('', 'not_a_file', { path }));
  return stats.size;
}

export async function importJournalFiles(
  db: Database,
  paths: readonly string[],
  options: ImportOptions,
): Promise<ImportSummary> {
  if (paths.length === 0) throw new ImportInputError(part('', 'no_file', {}));
  const format = detectFormat(paths);
  const sizes = paths.map(checkReadable);
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const importDay = localIsoDate(now());

  const journals = createJournalRepository(db);
  const imports = createImportRepository(db);
  const audit = options.audit;
  const preview = options.preview ?? false;
  const files = paths.map((p) => basename(p));
  // A preview writes nothing: no run in the history, no audit entry.
  if (!preview) interruptStaleImports(db, audit?.trail ?? createAuditRepository(db, now));
  const importRef = preview ? 0 : imports.start(files, format, startedAt, audit?.actor ?? null);
  // The run's end and its audit entry are one transaction: neither without the other.
  const finish = (outcome: Parameters<typeof imports.finish>[1]) => {
    if (preview) return;
    writeTransaction(db, () => {
      imports.finish(importRef, outcome);
      if (audit) auditImport(audit.trail, audit.actor, imports.get(importRef)!);
    })();
  };
  const limits = options.limits ?? IMPORT_LIMITS;
  const writer = new JournalWriter(db, {
    journals,
    imports,
    importRef,
    now: startedAt,
    preview,
    scope: options.scope ?? EVERYONE,
    audit: audit ?? null,
    limits,
  });
  const progress: ImportProgress = {
    bytesRead: 0,
    bytesTotal,
    seekers: 0,
    actions: 0,
    rejected: 0,
  };
  const report = () => {
    progress.seekers = writer.seekersDone;
    progress.actions = writer.actionsWritten;
    progress.rejected = writer.counts.rejected;
    options.onProgress?.({ ...progress });
  };

  let contentHash: string;
  try {
    contentHash =
      format === 'jsonl'
        ? await importJsonLines(
            paths,
            sizes,
            bytesTotal,
            importDay,
            options,
            writer,
            progress,
            report,
          )
        : await importCsvPair(
            db,
            paths,
            writer,
            importDay,
            options.referentials ?? loadReferentials(),
            limits,
            progress,
            report,
          );
    writer.flush();
    report();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    finish({
      ...writer.counts,
      status: 'failed',
      finishedAt: now().toISOString(),
      contentHash: null,
      error: message,
    });
    throw error;
  }

  finish({
    ...writer.counts,
    status: 'completed',
    finishedAt: now().toISOString(),
    contentHash,
  });
  // A preview has no run of its own: any completed import of these bytes is earlier.
  const previous = imports.previousWithSameContent(
    preview ? Number.MAX_SAFE_INTEGER : importRef,
    contentHash,
  );
  const issues = [...writer.issues].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line,
  );
  return {
    importRef,
    format,
    files,
    ...writer.counts,
    issues,
    sameContentAs: previous
      ? { importRef: previous.importRef, startedAt: previous.startedAt }
      : null,
  };
}

/**
 * Below this size a worker thread costs more to start (about a second: loader and
 * referentials) than it saves; above it, two workers parse while this thread writes.
 */
export const PARSE_WORKER_THRESHOLD_BYTES = 16 * 1024 * 1024;
const PARSE_WORKERS = 2;
/** Parsing allocates many short-lived objects: a larger young generation cut GC time. */
const YOUNG_GENERATION_MB = 64;
// A worker holds the referentials and a few chunks: capping its heap keeps the
// import's memory flat (V8 otherwise lets garbage pile up before collecting).
const OLD_GENERATION_MB = 192;

/** Writes parsed chunks in file order: absolute line numbers, duplicates, digest, progress. */
class ChunkConsumer {
  private currentPath: string | null = null;
  private lineBase = 0;
  private bytesBefore = 0;
  private readonly firstSeen = new Map<string, LineOrigin>();
  private readonly digest = createHash('sha256');

  constructor(
    private readonly writer: JournalWriter,
    private readonly progress: ImportProgress,
    private readonly report: () => void,
  ) {}

  consume(task: ChunkTask, result: ChunkResult): void {
    if (task.path !== this.currentPath) {
      if (this.currentPath !== null) this.bytesBefore = this.progress.bytesRead;
      this.currentPath = task.path;
      this.lineBase = 0;
    }
    for (const parsed of result.lines) {
      const origin = { file: task.file, line: this.lineBase + parsed.index + 1 };
      if (parsed.kind === 'rejected') {
        this.writer.reject(origin, parsed.seekerId, parsed.reason, parsed.content);
        continue;
      }
      const seekerId = parsed.encoded.seekerId;
      // A seeker twice in one import is ambiguous: the first line wins, the next is rejected.
      const earlier = this.firstSeen.get(seekerId);
      if (earlier !== undefined) {
        this.writer.reject(
          origin,
          seekerId,
          reasonFor(part('', 'seeker_twice_in_import', { seekerId, ...earlier })),
          canonicalJson(decodeJournal(parsed.encoded)),
        );
        continue;
      }
      this.firstSeen.set(seekerId, origin);
      for (const warning of parsed.warnings) this.writer.warn(origin, seekerId, warning);
      this.writer.addEncoded(parsed.encoded, parsed.hash, origin);
    }
    this.writer.flush();
    this.lineBase += result.lineCount;
    this.digest.update(result.digest);
    this.progress.bytesRead = this.bytesBefore + task.end;
    this.report();
  }

  contentHash(): string {
    return this.digest.digest('hex');
  }
}

async function importJsonLinesInline(
  tasks: readonly ChunkTask[],
  codes: CodeLookup,
  consumer: ChunkConsumer,
): Promise<string> {
  for (const task of tasks) {
    consumer.consume(task, parseChunk(task, codes));
    // Between chunks, the app and the server answer whoever else is waiting.
    await yieldToEventLoop();
  }
  return consumer.contentHash();
}

/** Workers parse chunks ahead (a bounded number each); this thread writes them in order. */
async function importJsonLinesWithWorkers(
  tasks: readonly ChunkTask[],
  consumer: ChunkConsumer,
): Promise<string> {
  const input: ParseWorkerInput = { referenceData: referenceDataOnce() };
  const workers = Array.from({ length: Math.min(PARSE_WORKERS, tasks.length) }, () => {
    return startWorker(new URL('./jsonl-parse-worker.ts', import.meta.url), input, {
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      maxOldGenerationSizeMb: OLD_GENERATION_MB,
    });
  });
  try {
    return await new Promise<string>((resolve, reject) => {
      const parsed = new Map<number, ChunkResult>();
      const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
      let nextToSend = 0;
      let nextToWrite = 0;
      const dispatch = (worker: Worker) => {
        while (nextToSend < tasks.length && inFlight.get(worker)! < CHUNKS_IN_FLIGHT_PER_WORKER) {
          const message: ToParseWorker = { kind: 'parse', task: tasks[nextToSend]! };
          worker.postMessage(message);
          inFlight.set(worker, inFlight.get(worker)! + 1);
          nextToSend += 1;
        }
      };
      for (const worker of workers) {
        worker.on('message', (message: FromParseWorker) => {
          try {
            if (message.kind === 'error') throw new Error(message.message);
            parsed.set(message.result.seq, message.result);
            inFlight.set(worker, inFlight.get(worker)! - 1);
            let ready: ChunkResult | undefined;
            while ((ready = parsed.get(nextToWrite)) !== undefined) {
              parsed.delete(nextToWrite);
              consumer.consume(tasks[nextToWrite]!, ready);
              nextToWrite += 1;
            }
            if (nextToWrite === tasks.length) resolve(consumer.contentHash());
            else dispatch(worker);
          } catch (error) {
            reject(error);
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          reject(new Error(`an import parse worker stopped early (exit code ${code})`)),
        );
        dispatch(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function importJsonLines(
  paths: readonly string[],
  sizes: readonly number[],
  bytesTotal: number,
  importDay: string,
  options: ImportOptions,
  writer: JournalWriter,
  progress: ImportProgress,
  report: () => void,
): Promise<string> {
  const tasks = planChunks(paths, sizes, importDay, options.chunkBytes, options.limits);
  const consumer = new ChunkConsumer(writer, progress, report);
  const useWorkers = options.parseWorker ?? bytesTotal >= PARSE_WORKER_THRESHOLD_BYTES;
  return useWorkers
    ? importJsonLinesWithWorkers(tasks, consumer)
    : importJsonLinesInline(tasks, options.referentials ?? loadReferentials(), consumer);
}
