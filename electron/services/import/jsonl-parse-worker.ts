// Runs parseJsonLinesInBatches on a worker thread. It may run a few batches ahead of
// the writer, no more, so memory stays flat.
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { loadReferentials } from '../reference/load-reference';
import { parseJsonLinesInBatches } from './jsonl-parse';
import type { ParseWorkerInput, ParseWorkerMessage } from './jsonl-parse-protocol';
import { MAX_BATCHES_IN_FLIGHT } from './jsonl-parse-protocol';

async function run(port: MessagePort, input: ParseWorkerInput): Promise<void> {
  let inFlight = 0;
  let wake: (() => void) | null = null;
  port.on('message', (message: unknown) => {
    if (message !== 'ack') return;
    inFlight -= 1;
    wake?.();
    wake = null;
  });
  const progress = { bytesRead: 0 };
  const batches = parseJsonLinesInBatches(
    input.paths,
    loadReferentials(input.referenceDir),
    progress,
  );
  for (;;) {
    const next = await batches.next();
    if (next.done) {
      const done: ParseWorkerMessage = {
        kind: 'done',
        contentHash: next.value,
        bytesRead: progress.bytesRead,
      };
      port.postMessage(done);
      return;
    }
    const batch: ParseWorkerMessage = {
      kind: 'batch',
      lines: next.value,
      bytesRead: progress.bytesRead,
    };
    port.postMessage(batch);
    inFlight += 1;
    while (inFlight >= MAX_BATCHES_IN_FLIGHT)
      await new Promise<void>((resolve) => (wake = resolve));
  }
}

if (parentPort) {
  const port = parentPort;
  run(port, workerData as ParseWorkerInput).catch((error: unknown) => {
    const message: ParseWorkerMessage = {
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    };
    port.postMessage(message);
  });
}
