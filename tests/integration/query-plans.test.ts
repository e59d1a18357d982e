// The hot reads must search an index and need no temporary sort: asserted on the plans
// SQLite chooses, so a schema or query change that loses an index fails here.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../electron/services/db/database';
import {
  createJournalRepository,
  JOURNAL_READ_QUERIES,
} from '../../electron/services/db/journal-repository';
import { importJournalFiles } from '../../electron/services/import/import-journals';
import { seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';

const PARAMS = { seeker_id: 'S1', after: '', limit: 10, seeker_ref: 1, counsellor_id: 'CNS-01' };

describe('query plans of the hot reads', () => {
  const tempDir = useTempDir();

  it.each(Object.entries(JOURNAL_READ_QUERIES))(
    '%s searches an index, with no scan and no temporary sort',
    async (_name, sql) => {
      const db = openDatabase(join(tempDir(), 'plans.db'));
      const records = Array.from({ length: 50 }, (_, i) =>
        seeker(`S${i}`, { counsellor_id: `CNS-0${i % 5}` }),
      );
      await importJournalFiles(db, [writeJsonl(join(tempDir(), 'p.jsonl'), records)], {});
      db.exec('ANALYZE');
      const used = Object.fromEntries(
        Object.entries(PARAMS).filter(([k]) => sql.includes(`@${k}`)),
      );
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(used) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
      // SEARCH reads a range of an index, never the whole table (SCAN), and the index
      // gives the order (no TEMP B-TREE).
      expect(plan).toMatch(/^SEARCH \w+ USING/);
      expect(plan).not.toMatch(/SCAN|TEMP B-TREE/);
      db.close();
    },
  );

  it('a portfolio is the counsellor’s seekers, whole', async () => {
    const db = openDatabase(join(tempDir(), 'portfolio.db'));
    const records = Array.from({ length: 6 }, (_, i) =>
      seeker(`P${i}`, { counsellor_id: i % 2 ? 'CNS-A' : 'CNS-B' }),
    );
    await importJournalFiles(db, [writeJsonl(join(tempDir(), 'p.jsonl'), records)], {});
    const portfolio = createJournalRepository(db).portfolio('CNS-A');
    expect(portfolio.map((j) => j.seeker_id)).toEqual(['P1', 'P3', 'P5']);
    expect(portfolio[0]!.months[0]!.actions).toHaveLength(2);
    db.close();
  });
});
