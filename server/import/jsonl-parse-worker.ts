// A JSON Lines parse worker: parses the chunks it is sent (see jsonl-chunks.ts) and
// sends each result back, on its own core.
import { parentPort, workerData } from 'node:worker_threads';
import { buildReferentials } from '../../shared/reference/referentials';
import { parseChunk } from './jsonl-chunks';
import type { FromParseWorker, ParseWorkerInput, ToParseWorker } from './jsonl-parse-protocol';

if (parentPort) {
  const port = parentPort;
  const codes = buildReferentials((workerData as ParseWorkerInput).referenceData);
  port.on('message', (message: ToParseWorker) => {
    let reply: FromParseWorker;
    try {
      reply = { kind: 'parsed', result: parseChunk(message.task, codes) };
    } catch (error) {
      reply = {
        kind: 'error',
        seq: message.task.seq,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    port.postMessage(reply);
  });
}
