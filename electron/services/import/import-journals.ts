// Imports journal files (JSON Lines, or the CSV pair seekers.csv + actions.csv) into
// the store. The unit is the line: a line that breaks the contract is rejected with
// its number and reason, every other line is imported. See journal-writer.ts for how
// each seeker's journal is written atomically and idempotently.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { basename, extname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { createJournalRepository } from '../db/journal-repository';
import { createImportRepository } from '../db/import-repository';
import type { ImportFormat } from '../db/import-repository';
import { ImportInputError } from './import-types';
import type { ImportOptions, ImportProgress, ImportSummary } from './import-types';

export { ImportInputError };
export type { ImportOptions, ImportProgress, ImportSummary };
import type { CodeLookup } from '../../../shared/journal/reference-checks';
import { parseJsonLinesInBatches } from './jsonl-parse';
import type { ParsedLine, ParseWorkerInput, ParseWorkerMessage } from './jsonl-parse-protocol';
import { JournalWriter } from './journal-writer';
import { importCsvPair } from './csv-import';

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.json']);

function detectFormat(paths: readonly string[]): ImportFormat {
  const formats = new Set(
    paths.map((p) => {
      const ext = extname(p).toLowerCase();
      if (JSONL_EXTENSIONS.has(ext)) return 'jsonl' as const;
      if (ext === '.csv') return 'csv' as const;
      throw new ImportInputError(
        `${basename(p)}: unknown file type ${ext || '(no extension)'}; expected .jsonl or .csv`,
      );
    }),
  );
  if (formats.size > 1) {
    throw new ImportInputError('Import JSON Lines files and CSV files separately.');
  }
  return [...formats][0]!;
}

function checkReadable(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ImportInputError(`${path}: no such file`);
  }
  if (!stats.isFile()) throw new ImportInputError(`${path}: not a file`);
  return stats.size;
}

export async function importJournalFiles(
  db: Database,
  paths: readonly string[],
  options: ImportOptions,
): Promise<ImportSummary> {
  if (paths.length === 0) throw new ImportInputError('No file to import.');
  const format = detectFormat(paths);
  const sizes = paths.map(checkReadable);
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();

  const journals = createJournalRepository(db);
  const imports = createImportRepository(db);
  imports.markStaleRunsInterrupted();
  const files = paths.map((p) => basename(p));
  const importRef = imports.start(files, format, startedAt);
  const writer = new JournalWriter(db, journals, imports, importRef, startedAt);
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
        ? (options.parseWorker ?? bytesTotal >= PARSE_WORKER_THRESHOLD_BYTES)
          ? await importJsonLinesWithWorker(paths, writer, progress, report)
          : await importJsonLinesInline(paths, options.referentials, writer, progress, report)
        : await importCsvPair(db, paths, writer, options.referentials, progress, report);
    writer.flush();
    report();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    imports.finish(importRef, {
      ...writer.counts,
      status: 'failed',
      finishedAt: now().toISOString(),
      contentHash: null,
      error: message,
    });
    throw error;
  }

  imports.finish(importRef, {
    ...writer.counts,
    status: 'completed',
    finishedAt: now().toISOString(),
    contentHash,
  });
  const previous = imports.previousWithSameContent(importRef, contentHash);
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
 * referentials) than it saves; above it, parsing on the second core pays.
 */
export const PARSE_WORKER_THRESHOLD_BYTES = 16 * 1024 * 1024;
const YOUNG_GENERATION_MB = 192;

function writeParsedBatch(lines: readonly ParsedLine[], writer: JournalWriter): void {
  for (const parsed of lines) {
    const origin = { file: parsed.file, line: parsed.line };
    if (parsed.kind === 'rejected') {
      writer.reject(origin, parsed.seekerId, parsed.reason, parsed.content);
      continue;
    }
    for (const warning of parsed.warnings) writer.warn(origin, parsed.seekerId, warning);
    writer.addEncoded(parsed.encoded, parsed.hash);
  }
  writer.flush();
}

async function importJsonLinesInline(
  paths: readonly string[],
  codes: CodeLookup,
  writer: JournalWriter,
  progress: ImportProgress,
  report: () => void,
): Promise<string> {
  const batches = parseJsonLinesInBatches(paths, codes, progress);
  for (;;) {
    const next = await batches.next();
    if (next.done) return next.value;
    writeParsedBatch(next.value, writer);
    report();
  }
}

/** The worker parses and validates while this thread writes each batch it receives. */
async function importJsonLinesWithWorker(
  paths: readonly string[],
  writer: JournalWriter,
  progress: ImportProgress,
  report: () => void,
): Promise<string> {
  const input: ParseWorkerInput = { paths: [...paths] };
  const worker = new Worker(new URL('./jsonl-parse-worker-entry.mjs', import.meta.url), {
    workerData: input,
    // Parsing allocates many short-lived objects; a larger young generation measured
    // far less time in garbage collection.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  try {
    return await new Promise<string>((resolve, reject) => {
      worker.on('message', (message: ParseWorkerMessage) => {
        try {
          if (message.kind === 'error') {
            reject(new Error(message.message));
          } else if (message.kind === 'done') {
            progress.bytesRead = message.bytesRead;
            resolve(message.contentHash);
          } else {
            writeParsedBatch(message.lines, writer);
            progress.bytesRead = message.bytesRead;
            report();
            worker.postMessage('ack');
          }
        } catch (error) {
          reject(error);
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) =>
        reject(new Error(`the import's parse worker stopped early (exit code ${code})`)),
      );
    });
  } finally {
    await worker.terminate();
  }
}
