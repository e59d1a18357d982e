// An analysis worker: reads journals through its own read-only connection (WAL lets
// readers run beside the writer), analyses them and sends back the results as JSON,
// so reading and analysing use both cores while the main thread stays free.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/database';
import { createJournalRepository } from '../db/journal-repository';
import { loadReferentials } from '../reference/load-reference';
import { analyseSeekers } from './analyse-seekers';
import type {
  AnalysisWorkerInput,
  FromAnalysisWorker,
  ToAnalysisWorker,
} from './analysis-protocol';

if (parentPort) {
  const port = parentPort;
  const input = workerData as AnalysisWorkerInput;
  const db = openDatabase(input.dbPath, { readonly: true });
  const journals = createJournalRepository(db);
  const refs = loadReferentials(input.referenceDir);
  const readPage = db.transaction((ids: string[]) =>
    analyseSeekers(journals, ids, { refs, asOf: input.asOf, settings: input.settings }),
  );
  port.on('message', (message: ToAnalysisWorker) => {
    let reply: FromAnalysisWorker;
    try {
      reply = { kind: 'analysed', seekers: readPage(message.seekerIds) };
    } catch (error) {
      reply = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
