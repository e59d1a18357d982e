// An analysis worker: reads journals through its own read-only connection (WAL lets
// readers run beside the writer), analyses them and sends back the results as JSON,
// so reading and analysing use both cores while the main thread stays free.
// It is started once and serves refresh after refresh (see refresh-analyses.ts): the
// modules it loads at start-up cost more than analysing a few thousand seekers. The
// reference data comes parsed from the starting thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { Database } from '../db/database';
import { openDatabase } from '../db/database';
import { buildReferentials } from '../../shared/reference/referentials';
import { createPageAnalyser } from './analyse-seekers';
import type {
  AnalysedSeeker,
  AnalysisWorkerInput,
  FromAnalysisWorker,
  ToAnalysisWorker,
} from './analysis-protocol';
import { readTransaction } from '../db/transactions';

if (parentPort) {
  const port = parentPort;
  const input = workerData as AnalysisWorkerInput;
  const refs = buildReferentials(input.referenceData);
  let open: {
    dbPath: string;
    db: Database;
    readPage: (message: ToAnalysisWorker & { kind: 'analyze' }) => AnalysedSeeker[];
  } | null = null;

  const connect = ({ dbPath, keys }: ToAnalysisWorker & { kind: 'analyze' }) => {
    if (open?.dbPath === dbPath) return open;
    open?.db.close();
    const db = openDatabase(dbPath, {
      readonly: true,
      keys: keys && {
        databaseKey: Buffer.from(keys.databaseKey, 'hex'),
        auditKey: Buffer.from(keys.auditKey, 'hex'),
      },
    });
    const analysePage = createPageAnalyser(db);
    // One read transaction per page: each journal and its hash are read together.
    const readPage = readTransaction(db, (message: ToAnalysisWorker & { kind: 'analyze' }) =>
      analysePage(message.seekerIds, {
        refs,
        asOf: message.asOf,
        settings: message.settings,
        catalogue: message.catalogue,
      }),
    );
    return (open = { dbPath, db, readPage });
  };

  port.on('message', (message: ToAnalysisWorker) => {
    if (message.kind === 'release') {
      open?.db.close();
      open = null;
      return;
    }
    let reply: FromAnalysisWorker;
    try {
      reply = { kind: 'analysed', seekers: connect(message).readPage(message) };
    } catch (error) {
      reply = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
