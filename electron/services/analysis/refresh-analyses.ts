// Brings stored results up to date for a reference date: only seekers without a
// result, or whose journal, date, engine or settings changed since, are analysed.
import type { Database } from 'better-sqlite3';
import { ENGINE_VERSION } from '../../../shared/analysis/engine';
import type { AnalysisSettings } from '../../../shared/analysis/settings';
import { DEFAULT_SETTINGS } from '../../../shared/analysis/settings';
import type { Referentials } from '../../../shared/reference/referentials';
import { createJournalRepository } from '../db/journal-repository';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/start-worker';
import { analyseSeekers } from './analyse-seekers';
import { createAnalysisRepository } from './analysis-repository';
import type {
  AnalysedSeeker,
  AnalysisWorkerInput,
  FromAnalysisWorker,
  ToAnalysisWorker,
} from './analysis-protocol';

export interface RefreshOptions {
  asOf: string;
  refs: Referentials;
  settings?: AnalysisSettings;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

const PAGE = 500;

/** Returns how many seekers were analysed. */
export function refreshAnalyses(db: Database, options: RefreshOptions): number {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const journals = createJournalRepository(db);
  const results = createAnalysisRepository(db);
  const freshness = {
    asOf: options.asOf,
    engineVersion: ENGINE_VERSION,
    settingsVersion: settings.version,
  };
  const total = results.countStale(freshness);
  const computedAt = (options.now?.() ?? new Date()).toISOString();
  let done = 0;
  const savePage = db.transaction((ids: string[]) => {
    for (const analysed of analyseSeekers(journals, ids, {
      refs: options.refs,
      asOf: options.asOf,
      settings,
    })) {
      results.saveSerialized(analysed, computedAt);
    }
  });
  let after = '';
  for (;;) {
    const ids = results.staleSeekerIds(freshness, after, PAGE);
    if (ids.length === 0) break;
    savePage(ids);
    done += ids.length;
    after = ids[ids.length - 1]!;
    options.onProgress?.(done, total);
  }
  return done;
}

/** Below this many stale seekers, starting workers (about a second) costs more than it saves. */
export const ANALYSIS_WORKER_THRESHOLD = 2_000;
const ANALYSIS_WORKERS = 2;
const WORKER_PAGE = 250;
const PAGES_IN_FLIGHT_PER_WORKER = 2;

/**
 * The same as refreshAnalyses, with reading and analysing on two worker threads (each
 * with its own read-only connection) while this thread only stores results: both cores
 * work, and this thread stays responsive. `dbPath` is the file `db` has open.
 */
export async function refreshAnalysesInWorkers(
  db: Database,
  dbPath: string,
  options: RefreshOptions,
): Promise<number> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const results = createAnalysisRepository(db);
  const freshness = {
    asOf: options.asOf,
    engineVersion: ENGINE_VERSION,
    settingsVersion: settings.version,
  };
  const ids: string[] = [];
  for (let after = ''; ;) {
    const page = results.staleSeekerIds(freshness, after, 5_000);
    if (page.length === 0) break;
    ids.push(...page);
    after = page[page.length - 1]!;
  }
  if (ids.length === 0) return 0;
  const pages: string[][] = [];
  for (let i = 0; i < ids.length; i += WORKER_PAGE) pages.push(ids.slice(i, i + WORKER_PAGE));
  const computedAt = (options.now?.() ?? new Date()).toISOString();
  const store = db.transaction((seekers: AnalysedSeeker[]) => {
    for (const s of seekers) results.saveSerialized(s, computedAt);
  });
  const input: AnalysisWorkerInput = { dbPath, asOf: options.asOf, settings };
  const workers = Array.from({ length: Math.min(ANALYSIS_WORKERS, pages.length) }, () =>
    startWorker(new URL('./analysis-worker.ts', import.meta.url), input),
  );
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let nextPage = 0;
      let pagesDone = 0;
      const dispatch = (worker: Worker, count: number) => {
        for (let i = 0; i < count && nextPage < pages.length; i++) {
          const message: ToAnalysisWorker = { kind: 'analyze', seekerIds: pages[nextPage]! };
          worker.postMessage(message);
          nextPage += 1;
        }
      };
      for (const worker of workers) {
        worker.on('message', (message: FromAnalysisWorker) => {
          try {
            if (message.kind === 'error') throw new Error(message.message);
            store(message.seekers);
            done += message.seekers.length;
            pagesDone += 1;
            options.onProgress?.(done, ids.length);
            if (pagesDone === pages.length) resolve();
            else dispatch(worker, 1);
          } catch (error) {
            reject(error);
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) =>
          reject(new Error(`an analysis worker stopped early (exit code ${code})`)),
        );
        dispatch(worker, PAGES_IN_FLIGHT_PER_WORKER);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return done;
}

/** Picks the inline or the worker refresh by how much is stale. */
export async function refreshStaleAnalyses(db: Database, options: RefreshOptions): Promise<number> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const stale = createAnalysisRepository(db).countStale({
    asOf: options.asOf,
    engineVersion: ENGINE_VERSION,
    settingsVersion: settings.version,
  });
  const onDisk = db.name !== ':memory:' && db.name !== '';
  return onDisk && stale >= ANALYSIS_WORKER_THRESHOLD
    ? refreshAnalysesInWorkers(db, db.name, options)
    : refreshAnalyses(db, options);
}

/**
 * After an import: if results exist, bring them up to date for the latest reference
 * date used; only the seekers whose journal changed (or who are new) are analysed.
 */
export function refreshAfterImport(
  db: Database,
  refs: Referentials,
  settings?: AnalysisSettings,
): number {
  const asOf = createAnalysisRepository(db).latestAsOf();
  if (asOf === null) return 0;
  return refreshAnalyses(db, { asOf, refs, ...(settings ? { settings } : {}) });
}
