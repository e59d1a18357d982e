// Types of build-electron.mjs, for the tests that build the bundles.
export const ROOT: string;
export const OUT_DIR: string;
export const WORKERS_DIR: string;
/** The worker threads' modules: every `*-worker.ts` under server but workers/. */
export function workerEntries(root?: string): string[];
/** Writes main.cjs, preload.cjs and workers/*.cjs into `outDir` (`<app root>/dist/electron`). */
export function buildElectron(outDir?: string): Promise<void>;
