// Exports the whole store in the exchange format, canonical and stable: seekers by
// seeker_id, months by period, actions by date then id. Import → export → import →
// export therefore gives byte-identical files.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { stringify } from 'csv-stringify/sync';
import type { SeekerJournal } from '../../shared/journal/contract';
import { canonicalJson } from '../../shared/journal/canonical';
import { ACTION_COLUMNS, SEEKER_COLUMNS, journalToCsvRows } from '../../shared/journal/csv-form';
import { createJournalRepository } from '../db/journal-repository';
import type { AtomicTextFile } from './atomic-file';
import { writeFilesAtomically } from './atomic-file';

export type ExportFormat = 'jsonl' | 'csv';

export interface ExportSummary {
  files: string[];
  seekers: number;
}

export const CSV_FILE_NAMES = { seekers: 'seekers.csv', actions: 'actions.csv' } as const;

function csvLine(cells: readonly string[]): string {
  return stringify([cells], { record_delimiter: '\n' });
}

/** Writes journals as JSON Lines. */
export function writeJsonLines(journals: Iterable<SeekerJournal>, path: string): number {
  let count = 0;
  writeFilesAtomically([path], ([file]) => {
    for (const journal of journals) {
      file!.write(canonicalJson(journal) + '\n');
      count += 1;
    }
  });
  return count;
}

/** Writes journals as the CSV pair (UTF-8, comma, header row) into `dir`. */
export function writeCsvPair(journals: Iterable<SeekerJournal>, dir: string): number {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const paths = [join(dir, CSV_FILE_NAMES.seekers), join(dir, CSV_FILE_NAMES.actions)];
  writeFilesAtomically(paths, (files) => {
    const [seekersFile, actionsFile] = files as [AtomicTextFile, AtomicTextFile];
    seekersFile.write(csvLine(SEEKER_COLUMNS));
    actionsFile.write(csvLine(ACTION_COLUMNS));
    for (const journal of journals) {
      const rows = journalToCsvRows(journal);
      seekersFile.write(csvLine(rows.seeker));
      for (const row of rows.actions) actionsFile.write(csvLine(row));
      count += 1;
    }
  });
  return count;
}

/** `out` is a file for JSON Lines and a folder for CSV (which is two files). */
export function exportJournals(db: Database, out: string, format: ExportFormat): ExportSummary {
  const journals = createJournalRepository(db).iterateJournals();
  if (format === 'jsonl') return { files: [out], seekers: writeJsonLines(journals, out) };
  const seekers = writeCsvPair(journals, out);
  return { files: [join(out, CSV_FILE_NAMES.seekers), join(out, CSV_FILE_NAMES.actions)], seekers };
}
