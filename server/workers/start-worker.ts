// Starts a worker thread on one of the services' `*-worker.ts` modules. From the
// sources (CLI, tests, benchmarks), through worker-entry.mjs, which loads the TypeScript
// module with tsx; from the Electron bundles (npm start, the packaged app), the worker's
// own bundle, <bundle folder>/workers/<name>.cjs (scripts/build-electron.mjs), which
// needs neither the sources nor tsx.
import { Worker } from 'node:worker_threads';
import type { ResourceLimits } from 'node:worker_threads';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Replaced by the bundle's `__dirname` in the bundles (esbuild's `define`); from the
// sources nothing declares it, and `typeof` says so.
declare const JALON_BUNDLE_DIR: string | undefined;

/** The folder of the running bundle, or undefined when running from the sources. */
export function runningBundleDir(): string | undefined {
  return typeof JALON_BUNDLE_DIR === 'string' ? JALON_BUNDLE_DIR : undefined;
}

/** Where the bundle of the worker module `moduleUrl` (a `*-worker.ts`) is. */
export function bundledWorkerPath(moduleUrl: URL, bundleDir: string): string {
  return join(bundleDir, 'workers', `${basename(fileURLToPath(moduleUrl), '.ts')}.cjs`);
}

export function startWorker(moduleUrl: URL, data: object, resourceLimits?: ResourceLimits): Worker {
  const limits = resourceLimits ? { resourceLimits } : {};
  const bundleDir = runningBundleDir();
  if (bundleDir !== undefined) {
    return new Worker(bundledWorkerPath(moduleUrl, bundleDir), { workerData: data, ...limits });
  }
  return new Worker(new URL('./worker-entry.mjs', import.meta.url), {
    workerData: { ...data, module: moduleUrl.href },
    ...limits,
  });
}
