// The demo caseload goes through the real import: generated in the exchange format,
// written to a temporary file, imported like any counsellor's file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { generateDemoCaseload } from '../../shared/demo';
import { writeJsonLines } from '../export/export-journals';
import { createAppMetaRepository } from '../db/app-meta-repository';
import { importJournalFiles } from '../import/import-journals';
import { addDemoUsers } from './demo-users';
import type { ImportSummary } from '../import/import-journals';
import { loadReferentials } from '../reference/load-reference';

export interface DemoOptions {
  seekers: number;
  months: number;
  seed: number;
  endPeriod: string;
  /** The day the demo is made on: nothing in it after that day (shared/demo DemoOptions). */
  asOf?: string;
  /** The app's clock, for the import's day (the system's by default). */
  now?: () => Date;
}

export async function importDemoCaseload(
  db: Database,
  options: DemoOptions,
): Promise<ImportSummary> {
  const referentials = loadReferentials();
  const dir = mkdtempSync(join(tmpdir(), 'jalon-demo-'));
  try {
    const file = join(dir, 'demo-caseload.jsonl');
    writeJsonLines(
      (function* () {
        for (const demo of generateDemoCaseload(options, referentials)) yield demo.journal;
      })(),
      file,
    );
    const summary = await importJournalFiles(db, [file], {
      referentials,
      ...(options.now ? { now: options.now } : {}),
    });
    // The app shows a "Données de démonstration" banner on such a database.
    createAppMetaRepository(db).set('demo', '1');
    addDemoUsers(db);
    return summary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
