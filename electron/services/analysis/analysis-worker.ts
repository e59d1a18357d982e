// An analysis worker: reads journals through its own read-only connection (WAL lets
// readers run beside the writer), analyses them and sends back the results as JSON,
// so reading and analysing use both cores while the main thread stays free.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeSeeker } from '../../../shared/analysis/engine';
import { toAnalysisJournal } from '../../../shared/analysis/types';
import { openDatabase } from '../db/database';
import { createJournalRepository } from '../db/journal-repository';
import { loadReferentials } from '../reference/load-reference';
import type {
  AnalysedSeeker,
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
  const readPage = db.transaction((ids: string[]) => {
    const out: AnalysedSeeker[] = [];
    for (const id of ids) {
      const key = journals.findSeeker(id);
      const journal = journals.readJournal(id);
      if (!key || !journal) continue;
      const result = analyzeSeeker(toAnalysisJournal(journal), {
        refs,
        asOf: input.asOf,
        settings: input.settings,
      });
      out.push({
        seekerRef: key.seekerRef,
        asOf: input.asOf,
        journalHash: key.contentHash,
        attention: result.attention,
        signalIds: result.signals.map((s) => s.id),
        topRecommendation: result.recommendations[0]?.id ?? null,
        engineVersion: result.engineVersion,
        settingsVersion: result.settingsVersion,
        resultJson: JSON.stringify(result),
      });
    }
    return out;
  });
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
