// Brings stored results up to date for a reference date: only seekers without a
// result, or whose journal, date, engine or settings version changed since, are
// analysed, with the settings and catalogue in force in the database.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { ENGINE_VERSION } from '../../shared/analysis/engine';
import type { CatalogueEntry } from '../../shared/analysis/recommendations';
import type { AnalysisSettings } from '../../shared/analysis/settings';
import type { Referentials } from '../../shared/reference/referentials';
import { createSettingsRepository } from '../db/settings-repository';
import type { Worker } from 'node:worker_threads';
import { referenceDataOnce } from '../reference/load-reference';
import { startWorker } from '../workers/start-worker';
import { createPageAnalyser } from './analyse-seekers';
import { createAnalysisRepository } from './analysis-repository';
import type {
  AnalysedSeeker,
  AnalysisWorkerInput,
  FromAnalysisWorker,
  ToAnalysisWorker,
} from './analysis-protocol';
import { writeTransaction } from '../db/transactions';
import { keysOf } from '../db/database';

export interface RefreshOptions {
  asOf: string;
  refs: Referentials;
  /**
   * Each defaults to the version in force in the database (settings-repository.ts); a
   * caller that keeps that version at hand passes it to spare reading it again.
   */
  settings?: AnalysisSettings;
  catalogue?: readonly CatalogueEntry[];
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

interface AnalysisVersion {
  settings: AnalysisSettings;
  catalogue: readonly CatalogueEntry[];
}

function versionFor(db: Database, options: RefreshOptions): AnalysisVersion {
  if (options.settings && options.catalogue) {
    return { settings: options.settings, catalogue: options.catalogue };
  }
  const inForce = createSettingsRepository(db).current();
  return {
    settings: options.settings ?? inForce.settings,
    catalogue: options.catalogue ?? inForce.catalogue,
  };
}

const PAGE = 500;

/** Returns how many seekers were analysed. */
export function refreshAnalyses(db: Database, options: RefreshOptions): number {
  const pages = refreshPages(db, options);
  for (;;) {
    const step = pages.next();
    if (step.done) return step.value;
  }
}

/** The same, letting the event loop answer others between pages (after an import in the app). */
export async function refreshAnalysesYielding(
  db: Database,
  options: RefreshOptions,
): Promise<number> {
  const pages = refreshPages(db, options);
  for (;;) {
    const step = pages.next();
    if (step.done) return step.value;
    await yieldToEventLoop();
  }
}

/** Analyses the stale seekers a page (one transaction) at a time, yielding after each. */
function* refreshPages(db: Database, options: RefreshOptions): Generator<void, number> {
  const { settings, catalogue } = versionFor(db, options);
  const analysePage = createPageAnalyser(db);
  const results = createAnalysisRepository(db);
  const freshness = {
    asOf: options.asOf,
    engineVersion: ENGINE_VERSION,
    settingsVersion: settings.version,
  };
  const total = results.countStale(freshness);
  const computedAt = (options.now?.() ?? new Date()).toISOString();
  let done = 0;
  const savePage = writeTransaction(db, (ids: string[]) => {
    for (const analysed of analysePage(ids, {
      refs: options.refs,
      asOf: options.asOf,
      settings,
      catalogue,
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
    yield;
  }
  return done;
}

/** Below this many stale seekers, starting workers (about a second) costs more than it saves. */
export const ANALYSIS_WORKER_THRESHOLD = 2_000;
const ANALYSIS_WORKERS = 2;
const WORKER_PAGE = 250;
const PAGES_IN_FLIGHT_PER_WORKER = 2;
/**
 * A journal's decoded months, view and result live for a millisecond: with a young
 * generation this size (several times V8’s default) most of them die before
 * a scavenge, which measured 8–10% less CPU for a department and no more memory at
 * its peak (fewer objects promoted to the old generation).
 */
const WORKER_YOUNG_GENERATION_MB = 192;
/** How long idle workers are kept for the next refresh. */
const WORKER_IDLE_MS = 30_000;

// The analysis workers, started by the first refresh and kept while refreshes follow
// each other (an import, then a new date, then new settings…): starting one costs about
// a second of loading modules and referentials, as much as analysing 3,000 seekers.
// Idle, they do not keep the process alive, and they stop after WORKER_IDLE_MS.
interface WorkerPool {
  workers: Worker[];
  idleTimer: ReturnType<typeof setTimeout> | null;
}
let pool: WorkerPool | null = null;
// One refresh on the workers at a time; the next one waits for it.
let poolTurn: Promise<unknown> = Promise.resolve();

function stopPool(stopped: WorkerPool): void {
  if (pool === stopped) pool = null;
  if (stopped.idleTimer) clearTimeout(stopped.idleTimer);
  for (const worker of stopped.workers) void worker.terminate();
}

function takePool(): WorkerPool {
  if (!pool) {
    const input: AnalysisWorkerInput = { referenceData: referenceDataOnce() };
    const started: WorkerPool = {
      workers: Array.from({ length: ANALYSIS_WORKERS }, () =>
        startWorker(new URL('./analysis-worker.ts', import.meta.url), input, {
          maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
        }),
      ),
      idleTimer: null,
    };
    // A worker that fails or stops takes the pool with it: the next refresh starts anew.
    for (const worker of started.workers) {
      worker.on('error', () => stopPool(started));
      worker.on('exit', () => stopPool(started));
    }
    pool = started;
  }
  if (pool.idleTimer) clearTimeout(pool.idleTimer);
  pool.idleTimer = null;
  for (const worker of pool.workers) worker.ref();
  return pool;
}

function releasePool(released: WorkerPool): void {
  if (pool !== released) return;
  for (const worker of released.workers) {
    const message: ToAnalysisWorker = { kind: 'release' };
    worker.postMessage(message);
    worker.unref();
  }
  released.idleTimer = setTimeout(() => stopPool(released), WORKER_IDLE_MS);
  released.idleTimer.unref();
}

/**
 * The same as refreshAnalyses, with reading and analysing on two worker threads (each
 * with its own read-only connection) while this thread only stores results: both cores
 * work, and this thread stays responsive. `dbPath` is the file `db` has open.
 */
export function refreshAnalysesInWorkers(
  db: Database,
  dbPath: string,
  options: RefreshOptions,
): Promise<number> {
  const turn = poolTurn.then(() => refreshOnWorkers(db, dbPath, options));
  poolTurn = turn.catch(() => undefined);
  return turn;
}

async function refreshOnWorkers(
  db: Database,
  dbPath: string,
  options: RefreshOptions,
): Promise<number> {
  const { settings, catalogue } = versionFor(db, options);
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
  const keys = keysOf(db);
  const keysForWorkers = keys && {
    databaseKey: keys.databaseKey.toString('hex'),
    auditKey: keys.auditKey.toString('hex'),
  };
  const store = writeTransaction(db, (seekers: AnalysedSeeker[]) => {
    for (const s of seekers) results.saveSerialized(s, computedAt);
  });
  const used = takePool();
  const workers = used.workers;
  const cleanups: (() => void)[] = [];
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let nextPage = 0;
      let pagesDone = 0;
      const dispatch = (worker: Worker, count: number) => {
        for (let i = 0; i < count && nextPage < pages.length; i++) {
          const message: ToAnalysisWorker = {
            kind: 'analyze',
            dbPath,
            keys: keysForWorkers,
            asOf: options.asOf,
            settings,
            catalogue,
            seekerIds: pages[nextPage]!,
          };
          worker.postMessage(message);
          nextPage += 1;
        }
      };
      for (const worker of workers) {
        const onMessage = (message: FromAnalysisWorker) => {
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
        };
        const onExit = (code: number) =>
          reject(new Error(`an analysis worker stopped early (exit code ${code})`));
        worker.on('message', onMessage);
        worker.on('error', reject);
        worker.on('exit', onExit);
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', reject);
          worker.off('exit', onExit);
        });
        dispatch(worker, PAGES_IN_FLIGHT_PER_WORKER);
      }
    });
  } catch (error) {
    // Pages may still be in flight: these workers are not reused.
    stopPool(used);
    throw error;
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
  releasePool(used);
  return done;
}

/** Picks the inline or the worker refresh by how much is stale. */
export async function refreshStaleAnalyses(db: Database, options: RefreshOptions): Promise<number> {
  const version = versionFor(db, options);
  const stale = createAnalysisRepository(db).countStale({
    asOf: options.asOf,
    engineVersion: ENGINE_VERSION,
    settingsVersion: version.settings.version,
  });
  const onDisk = db.name !== ':memory:' && db.name !== '';
  const resolved = { ...options, ...version };
  return onDisk && stale >= ANALYSIS_WORKER_THRESHOLD
    ? refreshAnalysesInWorkers(db, db.name, resolved)
    : refreshAnalyses(db, resolved);
}

/**
 * After an import: if results exist, bring them up to date for the latest reference
 * date used; only the seekers whose journal changed (or who are new) are analysed.
 */
export async function refreshAfterImport(db: Database, refs: Referentials): Promise<number> {
  const asOf = createAnalysisRepository(db).latestAsOf();
  if (asOf === null) return 0;
  return refreshAnalysesYielding(db, { asOf, refs });
}
