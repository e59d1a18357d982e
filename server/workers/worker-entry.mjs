// Entry of every worker thread: worker threads do not inherit the tsx loader the
// parent registered, so register it here, then load the TypeScript module named in
// workerData.module. (The Electron bundles start the bundled workers instead: see
// start-worker.ts.)
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
