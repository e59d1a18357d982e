// Starts a TypeScript worker thread (see worker-entry.mjs).
import { Worker } from 'node:worker_threads';
import type { ResourceLimits } from 'node:worker_threads';

export function startWorker(moduleUrl: URL, data: object, resourceLimits?: ResourceLimits): Worker {
  return new Worker(new URL('./worker-entry.mjs', import.meta.url), {
    workerData: { ...data, module: moduleUrl.href },
    ...(resourceLimits ? { resourceLimits } : {}),
  });
}
