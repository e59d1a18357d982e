// The Electron bundles are self-contained: built into a folder laid out as the packaged
// app is (<app>/dist/electron, <app>/data/reference, <app>/node_modules with
// better-sqlite3-multiple-ciphers only), a worker bundle runs under plain Node, without tsx or the
// TypeScript sources, on the reference data the main bundle hands it (read from that
// app folder), and gives the same results as the sources. (The main bundle needs
// Electron itself: tests/electron.)
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildElectron, workerEntries } from '../../scripts/build-electron.mjs';
import { openDatabase } from '../../server/db/database';
import { createFollowUpRepository } from '../../server/db/follow-up-repository';
import { createJournalRepository } from '../../server/db/journal-repository';
import { createSettingsRepository } from '../../server/db/settings-repository';
import { importJournalFiles } from '../../server/import/import-journals';
import { analyseSeekers } from '../../server/analysis/analyse-seekers';
import type { ToAnalysisWorker } from '../../server/analysis/analysis-protocol';
import type { ToParseWorker } from '../../server/import/jsonl-parse-protocol';
import { loadReferenceData, loadReferentials } from '../../server/reference/load-reference';
import { bundledWorkerPath } from '../../server/workers/start-worker';
import { action, seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';
import { IMPORT_LIMITS } from '../../shared/journal/limits';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// better-sqlite3-multiple-ciphers and what it requires at run time: all the packaged app keeps of node_modules.
const RUNTIME_MODULES = ['better-sqlite3-multiple-ciphers', 'bindings', 'file-uri-to-path'];

// Runs one worker bundle under plain Node on one message and prints its first reply.
const RUN_WORKER = `
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
const [workerFile, messageFile, dataFile] = process.argv.slice(2);
const workerData = JSON.parse(readFileSync(dataFile, 'utf8'));
const worker = new Worker(workerFile, { workerData });
worker.on('message', (reply) => {
  process.stdout.write(JSON.stringify(reply));
  void worker.terminate();
});
worker.on('error', (error) => {
  process.stderr.write(error.message);
  process.exitCode = 3;
});
worker.postMessage(JSON.parse(readFileSync(messageFile, 'utf8')));
`;

describe('the Electron bundles', () => {
  const tempDir = useTempDir('jalon-bundle-');

  /** Builds the bundles into <temp>/app/dist/electron, beside a copy of the reference data. */
  async function buildApp(): Promise<string> {
    const app = join(tempDir(), 'app');
    await buildElectron(join(app, 'dist', 'electron'));
    cpSync(join(ROOT, 'data', 'reference'), join(app, 'data', 'reference'), { recursive: true });
    mkdirSync(join(app, 'node_modules'));
    for (const name of RUNTIME_MODULES) {
      symlinkSync(join(ROOT, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    }
    writeFileSync(join(tempDir(), 'run-worker.mjs'), RUN_WORKER);
    return app;
  }

  /** The worker is handed the app folder's reference data, as the main bundle does. */
  function runWorker(app: string, worker: string, message: unknown) {
    const messageFile = join(tempDir(), `${worker}-message.json`);
    writeFileSync(messageFile, JSON.stringify(message));
    const dataFile = join(tempDir(), `${worker}-data.json`);
    const referenceData = loadReferenceData(join(app, 'data', 'reference'));
    writeFileSync(dataFile, JSON.stringify({ referenceData }));
    // Plain Node: no loader or option inherited from the test runner.
    const { NODE_OPTIONS: _options, JALON_REFERENCE_DIR: _reference, ...env } = process.env;
    const run = spawnSync(
      process.execPath,
      [
        join(tempDir(), 'run-worker.mjs'),
        join(app, 'dist', 'electron', 'workers', `${worker}.cjs`),
        messageFile,
        dataFile,
      ],
      { cwd: tempDir(), env, encoding: 'utf8' },
    );
    return {
      status: run.status,
      stderr: run.stderr,
      reply: run.stdout ? JSON.parse(run.stdout) : null,
    };
  }

  it('hold a bundle for each worker the services start, and require no package but better-sqlite3-multiple-ciphers', async () => {
    const app = await buildApp();
    const workersDir = join(app, 'dist', 'electron', 'workers');
    const built = readdirSync(workersDir).filter((file) => file.endsWith('.cjs'));
    expect(built.sort()).toEqual(workerEntries().map((entry) => `${basename(entry, '.ts')}.cjs`));
    expect(built).toEqual(
      expect.arrayContaining(['analysis-worker.cjs', 'jsonl-parse-worker.cjs']),
    );

    // Every worker the services start by name has its bundle where start-worker.ts looks.
    const started = readFileSync(join(app, 'dist', 'electron', 'main.cjs'), 'utf8').matchAll(
      /startWorker\(new URL\("\.\/([\w-]+\.ts)"/g,
    );
    const names = [...started].map((match) => match[1]!);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      const path = bundledWorkerPath(
        new URL(`file:///sources/${name}`),
        join(app, 'dist', 'electron'),
      );
      expect(existsSync(path), path).toBe(true);
    }

    for (const file of ['main.cjs', ...built.map((worker) => `workers/${worker}`)]) {
      const code = readFileSync(join(app, 'dist', 'electron', file), 'utf8');
      const required = new Set(
        [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!),
      );
      const packages = [...required].filter(
        (name) => !builtinModules.includes(name.replace(/^node:/, '')) && name !== 'electron',
      );
      expect(
        packages.filter((name) => name !== 'better-sqlite3-multiple-ciphers'),
        file,
      ).toEqual([]);
      expect(code, file).not.toContain('tsx');
    }
  });

  it('run the analysis worker under plain Node on the app folder’s reference data, as the sources do', async () => {
    const app = await buildApp();
    const dbPath = join(tempDir(), 'bundle.db');
    const db = openDatabase(dbPath);
    const records = [
      seeker('DE-1'),
      seeker('DE-2', { months: [{ period: '2026-10', actions: [action('a-1', '2026-10-06')] }] }),
    ];
    await importJournalFiles(db, [writeJsonl(join(tempDir(), 'journals.jsonl'), records)], {});
    const { settings, catalogue } = createSettingsRepository(db).current();
    const message: ToAnalysisWorker = {
      kind: 'analyze',
      dbPath,
      keys: null,
      asOf: '2026-11-20',
      settings,
      catalogue,
      seekerIds: ['DE-1', 'DE-2'],
    };
    const expected = analyseSeekers(createJournalRepository(db), message.seekerIds, {
      refs: loadReferentials(),
      asOf: message.asOf,
      settings,
      catalogue,
      dismissalsOf: createFollowUpRepository(db).engineDismissals,
    });
    db.close();
    expect(expected).toHaveLength(2);

    const run = runWorker(app, 'analysis-worker', message);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.reply).toEqual({ kind: 'analysed', seekers: expected });
  });

  it('read the reference data of the app folder, not the repository’s beside the sources', async () => {
    const app = await buildApp();
    // Each source's import.meta.url is rewritten to its place in the app's layout: the
    // main bundle's reference loader looks in <app>/data/reference.
    const main = readFileSync(join(app, 'dist', 'electron', 'main.cjs'), 'utf8');
    const loader = /join\(__dirname, "([^"]*\/reference\/load-reference\.ts)"\)/.exec(main);
    expect(loader).not.toBeNull();
    const loaderUrl = pathToFileURL(join(app, 'dist', 'electron', loader![1]!));
    const referenceDir = fileURLToPath(new URL('../../data/reference', loaderUrl));
    expect(referenceDir).toBe(join(app, 'data', 'reference'));
    expect(existsSync(join(referenceDir, 'rome_codes.csv'))).toBe(true);
  });

  it('run the JSON Lines parse worker under plain Node', async () => {
    const app = await buildApp();
    const file = writeJsonl(join(tempDir(), 'one.jsonl'), [seeker('DE-9'), { seeker_id: 'DE-X' }]);
    const size = readFileSync(file).length;
    const message: ToParseWorker = {
      kind: 'parse',
      task: {
        seq: 0,
        path: file,
        file: 'one.jsonl',
        start: 0,
        end: size,
        importDay: '2026-12-07',
        limits: IMPORT_LIMITS,
      },
    };
    const run = runWorker(app, 'jsonl-parse-worker', message);
    expect(run.stderr).toBe('');
    expect(run.reply.kind).toBe('parsed');
    const lines = run.reply.result.lines as { kind: string }[];
    expect(lines.map((line) => line.kind)).toEqual(['journal', 'rejected']);
  });
});
