#!/usr/bin/env node
// Bundles the Electron main process and the preload into dist/electron/ with esbuild.
//
// main.cjs: Node platform, CommonJS; electron and native modules (better-sqlite3) stay
// outside. The services find files next to their own sources through import.meta.url
// (data/reference, worker-entry.mjs, the worker modules, which run through tsx): each
// import.meta.url is replaced by the URL of the original source file, computed from the
// bundle's location, so those lookups land where they do when running from source.
//
// preload.cjs: one self-contained CommonJS file, the only form a sandboxed preload
// accepts; only `electron` is left for the sandbox's own require.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { argv, cwd, stdout } from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const OUT_DIR = join(ROOT, 'dist', 'electron');

const NATIVE_MODULES = ['better-sqlite3'];

/** Points each source file's import.meta.url at the source file, relative to the bundle. */
const sourceImportMetaUrl = (outDir) => ({
  name: 'source-import-meta-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromBundle = relative(outDir, path).split(sep).join('/');
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

/** Writes main.cjs and preload.cjs (with source maps) into `outDir`. */
export async function buildElectron(outDir = OUT_DIR) {
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(ROOT, 'electron/main/main.ts')],
      outfile: join(outDir, 'main.cjs'),
      platform: 'node',
      external: ['electron', ...NATIVE_MODULES],
      plugins: [sourceImportMetaUrl(outDir)],
    }),
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
