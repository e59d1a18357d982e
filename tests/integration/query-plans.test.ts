// The hot reads must search an index and need no temporary sort: asserted on the plans
// SQLite chooses, so a schema or query change that loses an index fails here.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/database';
import { createJournalRepository, JOURNAL_READ_QUERIES } from '../../server/db/journal-repository';
import { CASELOAD_QUERIES } from '../../server/db/caseload-repository';
import { TEAM_QUERIES } from '../../server/team/team-repository';
import { importJournalFiles } from '../../server/import/import-journals';
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

  it('the team dashboard reads a counsellor’s seekers and declared months by index', async () => {
    const db = openDatabase(join(tempDir(), 'team.db'));
    const records = Array.from({ length: 50 }, (_, i) =>
      seeker(`S${i}`, { counsellor_id: `CNS-0${i % 5}` }),
    );
    await importJournalFiles(db, [writeJsonl(join(tempDir(), 't.jsonl'), records)], {});
    db.exec('ANALYZE');
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${TEAM_QUERIES.seekersOf}`).all({
        counsellor_id: 'CNS-01',
        from_period: '2025-11',
        to_period: '2026-10',
        from_index: 24310,
      }) as { detail: string }[]
    ).map((r) => r.detail);
    // Every table is reached through an index: no step reads a whole table.
    expect(plan.filter((d) => /^(SEARCH|SCAN)/.test(d)).every((d) => d.startsWith('SEARCH'))).toBe(
      true,
    );
    expect(plan.join(' | ')).toMatch(/SEARCH s USING INDEX/);
    db.close();
  });

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

  it('a counsellor’s caseload reads only their seekers and their recent actions, by index', async () => {
    const db = openDatabase(join(tempDir(), 'caseload.db'));
    const records = Array.from({ length: 50 }, (_, i) =>
      seeker(`S${i}`, { counsellor_id: `CNS-0${i % 5}` }),
    );
    await importJournalFiles(db, [writeJsonl(join(tempDir(), 'c.jsonl'), records)], {});
    db.exec('ANALYZE');
    const params = {
      counsellor_id: 'CNS-01',
      from_period: '2025-12',
      to_period: '2026-11',
      as_of: '2026-11-21',
      since: '2026-10-22',
    };
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    const seekers = plan(CASELOAD_QUERIES.seekersOfCounsellor);
    expect(seekers).toMatch(/^SEARCH s USING INDEX seekers_by_counsellor \(counsellor_id=\?\)/);
    expect(seekers).not.toMatch(/SCAN|TEMP B-TREE/);
    const activity = plan(CASELOAD_QUERIES.activityOfCounsellor);
    expect(activity).toMatch(/SEARCH s USING COVERING INDEX seekers_by_counsellor/);
    expect(activity).toMatch(
      /SEARCH a USING PRIMARY KEY \(seeker_ref=\? AND period>\? AND period<\?\)/,
    );
    expect(activity).not.toMatch(/SCAN|TEMP B-TREE/);
    // The whole team's caseload reads every seeker once, but months by key, never scanned.
    expect(plan(CASELOAD_QUERIES.seekersAll)).not.toMatch(/SCAN m|SCAN journal/);
    db.close();
  });
});
