#!/usr/bin/env node
// Bundles the Electron main process, the preload and the worker threads into
// dist/electron/ with esbuild, so that the desktop app (from `npm start` or packaged by
// electron-builder) runs without the TypeScript sources or tsx.
//
// main.cjs, workers/<name>.cjs: Node platform, CommonJS; electron and native modules
// (better-sqlite3-multiple-ciphers) stay outside. Every `server/**/*-worker.ts` becomes
// workers/<name>.cjs; start-worker.ts starts that file when it runs from a bundle
// (JALON_BUNDLE_DIR below), and the TypeScript module through tsx from the sources.
// The services find files of the app (data/reference) through import.meta.url: in a
// bundle it is replaced by where the source file sits *in the app's layout*, computed
// from the bundle's own folder (the bundles are in <app>/dist/electron), so the lookups
// land at <app>/data/reference: the repository's from `npm start`, the one inside
// app.asar in the packaged app (Electron reads asar files in worker threads too).
//
// preload.cjs: one self-contained CommonJS file, the only form a sandboxed preload
// accepts; only `electron` is left for the sandbox's own require.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { argv, cwd, stdout } from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const OUT_DIR = join(ROOT, 'dist', 'electron');
/** Where the bundles sit in the app: `<app root>/dist/electron`. */
const BUNDLE_DIR_IN_APP = join('dist', 'electron');
export const WORKERS_DIR = 'workers';

const NATIVE_MODULES = ['better-sqlite3-multiple-ciphers'];

/** The worker threads' modules: every `*-worker.ts` under server but workers/. */
export function workerEntries(root = ROOT) {
  const servicesDir = join(root, 'server');
  return readdirSync(servicesDir, { recursive: true })
    .map((file) => String(file).split(sep).join('/'))
    .filter((file) => file.endsWith('-worker.ts') && !file.startsWith('workers/'))
    .map((file) => join(servicesDir, file))
    .sort();
}

/**
 * Points each source file's import.meta.url at the place the file has in the app's
 * layout, relative to the bundle written in `bundleDir` (a folder under
 * `<app root>/dist/electron`).
 */
const appLayoutImportMetaUrl = (bundleDir) => ({
  name: 'app-layout-import-meta-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const inApp = relative(ROOT, path);
      const fromBundle = relative(join(ROOT, bundleDir), join(ROOT, inApp)).split(sep).join('/');
      const url = `require('node:url').pathToFileURL(require('node:path').join(__dirname, ${JSON.stringify(fromBundle)})).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
});

const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Electron 41 ships Node 24 and Chromium 146.
  target: ['node24', 'chrome146'],
};

const nodeBundle = (bundleDir) => ({
  ...common,
  platform: 'node',
  external: ['electron', ...NATIVE_MODULES],
  plugins: [appLayoutImportMetaUrl(bundleDir)],
  // Tells start-worker.ts that it runs from a bundle, and where that bundle is.
  define: { JALON_BUNDLE_DIR: '__dirname' },
});

/**
 * Writes main.cjs, preload.cjs and workers/*.cjs (with source maps) into `outDir`,
 * which should be `<app root>/dist/electron` (tests build a copy of that layout).
 */
export async function buildElectron(outDir = OUT_DIR) {
  const workersBundleDir = join(BUNDLE_DIR_IN_APP, WORKERS_DIR);
  await Promise.all([
    build({
      ...nodeBundle(BUNDLE_DIR_IN_APP),
      entryPoints: [join(ROOT, 'electron/main/main.ts')],
      outfile: join(outDir, 'main.cjs'),
    }),
    ...workerEntries().map((entry) =>
      build({
        ...nodeBundle(workersBundleDir),
        entryPoints: [entry],
        outfile: join(outDir, WORKERS_DIR, `${basename(entry, '.ts')}.cjs`),
      }),
    ),
    build({
      ...common,
      entryPoints: [join(ROOT, 'electron/preload/preload.ts')],
      outfile: join(outDir, 'preload.cjs'),
      platform: 'browser',
      external: ['electron'],
      // Small (channel names only, no zod) and loaded on every start.
      minify: true,
    }),
  ]);
}

// `node scripts/build-electron.mjs [--out DIR]` (tests build into a folder of their own).
if (import.meta.url === pathToFileURL(argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const outDir = resolve(values.out ?? OUT_DIR);
  await buildElectron(outDir);
  stdout.write(`Jalon: Electron bundles written to ${relative(cwd(), outDir)}\n`);
}
