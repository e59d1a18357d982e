// Journals are read from their compact document when it exists; the months and
// actions rows are written by the same statements. Both reads must always agree.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/database';
import { createJournalRepository } from '../../server/db/journal-repository';
import { importJournalFiles } from '../../server/import/import-journals';
import { writeJsonLines } from '../../server/export/export-journals';
import { loadReferentials } from '../../server/reference/load-reference';
import { generateDemoCaseload } from '../../shared/demo';
import { canonicalOrder } from '../../shared/journal/canonical';
import type { SeekerJournal } from '../../shared/journal/contract';
import { encodeJournal } from '../../shared/journal/write-encoding';
import { journalContentHash } from '../../server/import/journal-writer';
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

  it('is stored as ASCII text, reads back every character, and is hashed before escaping', async () => {
    const db = openDatabase(join(tempDir(), 'ascii.db'));
    const file = writeJsonl(join(tempDir(), 'accents.jsonl'), [
      seeker('ACC', {
        months: [
          {
            period: '2026-10',
            submitted_at: null,
            entered_by: 'seeker',
            mood: 2,
            comment: 'J’en ai marre, aucune réponse… 😞',
            actions: [
              action('é1', '2026-10-02', {
                employer: 'Crèche « Lumière »',
                note: 'Relancé l’employeur',
              }),
            ],
          },
        ],
      }),
    ]);
    await importJournalFiles(db, [file], {});
    const stored = db
      .prepare("SELECT months_document, content_hash FROM seekers WHERE seeker_id = 'ACC'")
      .get() as { months_document: string; content_hash: string };
    expect(stored.months_document).toMatch(/^[^\u0080-\uffff]+$/);
    expect(stored.months_document).toContain('Cr\\u00e8che');
    const journal = createJournalRepository(db).readJournal('ACC')!;
    expect(journal.months[0]!.comment).toBe('J’en ai marre, aucune réponse… 😞');
    expect(journal.months[0]!.actions[0]).toMatchObject({
      id: 'é1',
      employer: 'Crèche « Lumière »',
      note: 'Relancé l’employeur',
    });
    // The hash of the plain encoding, as before the documents were escaped: re-importing
    // a file into an older database finds its journals unchanged.
    const plain = encodeJournal(canonicalOrder(journal as SeekerJournal));
    expect(plain.months).toContain('Crèche');
    expect(stored.content_hash).toBe(journalContentHash(plain));
    const again = await importJournalFiles(db, [file], {});
    expect(again.unchanged).toBe(1);
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
