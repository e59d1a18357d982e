// Journals are read from their compact document when it exists; the months and
// actions rows are written by the same statements. Both reads must always agree.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../electron/services/db/database';
import { createJournalRepository } from '../../electron/services/db/journal-repository';
import { importJournalFiles } from '../../electron/services/import/import-journals';
import { writeJsonLines } from '../../electron/services/export/export-journals';
import { loadReferentials } from '../../electron/services/reference/load-reference';
import { generateDemoCaseload } from '../../shared/demo';
import { action, seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';

describe('the journal document', () => {
  const tempDir = useTempDir();

  it('reads exactly like the rows, for every demo journal and after a replacement', async () => {
    const db = openDatabase(join(tempDir(), 'doc.db'));
    const file = join(tempDir(), 'demo.jsonl');
    const refs = loadReferentials();
    writeJsonLines(
      (function* () {
        for (const d of generateDemoCaseload(
          { seekers: 150, months: 24, seed: 9, endPeriod: '2026-10' },
          refs,
        ))
          yield d.journal;
      })(),
      file,
    );
    await importJournalFiles(db, [file], {});
    await importJournalFiles(
      db,
      [
        writeJsonl(join(tempDir(), 'change.jsonl'), [
          seeker('DE-000007', {
            months: [{ period: '2026-10', actions: [action('n1', '2026-10-02')] }],
          }),
        ]),
      ],
      {},
    );
    const repo = createJournalRepository(db);
    let compared = 0;
    for (const journal of repo.iterateJournals()) {
      expect(repo.readJournalFromRows(journal.seeker_id)).toEqual(journal);
      compared += 1;
    }
    expect(compared).toBe(150);
    expect(repo.readJournal('DE-000007')!.months.map((m) => m.period)).toEqual(['2026-10']);
    db.close();
  });

  it('falls back to the rows for a journal written before the document existed', async () => {
    const db = openDatabase(join(tempDir(), 'old.db'));
    await importJournalFiles(db, [writeJsonl(join(tempDir(), 'one.jsonl'), [seeker('OLD')])], {});
    const repo = createJournalRepository(db);
    const before = repo.readJournal('OLD');
    db.prepare("UPDATE seekers SET months_document = NULL WHERE seeker_id = 'OLD'").run();
    expect(repo.readJournal('OLD')).toEqual(before);
    db.close();
  });
});
