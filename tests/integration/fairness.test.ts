// Fairness, end to end (docs/analysis.md, "What the analysis sees"): two people whose
// journals differ only by name, birth year and identifiers (their own and their
// counsellor's) are imported through the real import into a SQLite file, analysed by
// the analysis refresh, and read through the handlers the screens and the report use.
// Everything but those identity fields must be identical: the stored analysis, the
// grid's row, the seeker page and the interview report. The unit tests of
// analysis-signals.test.ts show the engine's input cannot hold these fields; this one
// shows nothing on the way in or out brings them back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { generateDemoCaseload } from '../../shared/demo';
import { analyzeSeeker } from '../../shared/analysis/engine';
import { toAnalysisJournal } from '../../shared/analysis/types';
import type { CaseloadRow } from '../../shared/api/contract';
import type { SeekerJournal } from '../../shared/journal/contract';
import type { Services } from '../../server/api/handlers';
import { refreshAnalyses } from '../../server/analysis/refresh-analyses';
import { openDatabase } from '../../server/db/database';
import { importJournalFiles } from '../../server/import/import-journals';
import { apiFor, addTestUsers } from '../helpers/api';
import { writeJsonl } from '../helpers/journals';
import { testReferentials, testServices, TEST_NOW } from '../helpers/services';
import { useTempDir } from '../helpers/temp-dir';

const AS_OF = '2026-10-20';

/** What tells the two people apart, and nothing else. */
const IDENTITY = ['seeker_id', 'first_name', 'last_name', 'birth_year', 'counsellor_id'] as const;

/** The demo journal with the most signals: a person the analysis has much to say about. */
function richJournal(): SeekerJournal {
  const refs = testReferentials();
  const journals = [
    ...generateDemoCaseload({ seekers: 150, months: 18, seed: 21, endPeriod: '2026-10' }, refs),
  ].map((d) => d.journal);
  const signalsOf = (j: SeekerJournal) =>
    analyzeSeeker(toAnalysisJournal(j), { asOf: AS_OF, refs }).signals.length;
  return journals.reduce((best, j) => (signalsOf(j) > signalsOf(best) ? j : best));
}

/** A value with the identity fields taken out, wherever they are nested. */
function withoutIdentity(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIdentity);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !(IDENTITY as readonly string[]).includes(key))
      .map(([key, v]) => [key, withoutIdentity(v)]),
  );
}

describe('two people differing only by name, birth year and identifiers', () => {
  const tempDir = useTempDir('jalon-fairness-');
  let db: Database;
  let services: Services;
  let camille: SeekerJournal;
  let twin: SeekerJournal;

  beforeAll(async () => {
    camille = { ...richJournal(), seeker_id: 'DE-FAIR-1', counsellor_id: 'CNS-01' };
    camille = { ...camille, first_name: 'Camille', last_name: 'Martin', birth_year: 1994 };
    twin = {
      ...camille,
      seeker_id: 'X-9876',
      first_name: 'Mohamed',
      last_name: 'Benali',
      birth_year: 1961,
      counsellor_id: 'CNS-02',
    };
    db = openDatabase(join(tempDir(), 'jalon.db'));
    const file = writeJsonl(join(tempDir(), 'journaux.jsonl'), [camille, twin]);
    const summary = await importJournalFiles(db, [file], {});
    expect(summary).toMatchObject({ imported: 2, rejected: 0 });
    expect(refreshAnalyses(db, { asOf: AS_OF, refs: testReferentials(), now: TEST_NOW })).toBe(2);
    services = testServices(db, { now: TEST_NOW });
    addTestUsers(services);
    services.context.users.add(
      { userId: 'CNS-02', displayName: 'Claude Conseil', role: 'counsellor', team: 'EQ-1' },
      'mot-de-passe-de-test',
    );
  }, 60_000);

  afterAll(async () => {
    await services?.dispose();
    db?.close();
  });

  /** Each person read by their own counsellor, as the app shows them. */
  const readerOf = (j: SeekerJournal) => apiFor(() => services, j.counsellor_id);

  it('are told apart by those fields only, and the analysis has much to say about them', () => {
    for (const field of IDENTITY) expect(twin[field]).not.toEqual(camille[field]);
    expect(withoutIdentity(twin)).toEqual(withoutIdentity(camille));
  });

  it('get the same stored analysis', () => {
    const stored = db
      .prepare(
        // Not journal_hash: the hash of the whole journal, identity included, which says
        // when the analysis must be computed again.
        `SELECT s.seeker_id, r.as_of, r.engine_version, r.settings_version,
           r.attention, r.signal_ids, r.top_recommendation, r.result
         FROM analysis_results r JOIN seekers s USING (seeker_ref) ORDER BY s.seeker_id`,
      )
      .all() as Record<string, unknown>[];
    expect(stored.map((r) => r.seeker_id)).toEqual(['DE-FAIR-1', 'X-9876']);
    const [a, b] = stored.map(({ seeker_id: _id, ...rest }) => rest);
    expect(JSON.parse(a!.signal_ids as string).length).toBeGreaterThanOrEqual(3);
    expect(b).toEqual(a);
  });

  it('get the same row in their counsellor’s grid', async () => {
    const rowOf = async (j: SeekerJournal): Promise<CaseloadRow> => {
      const caseload = await readerOf(j).call('caseload.list', { counsellorId: null, asOf: AS_OF });
      expect(caseload.rows.map((r) => r.seekerId)).toEqual([j.seeker_id]);
      return caseload.rows[0]!;
    };
    const [a, b] = [await rowOf(camille), await rowOf(twin)];
    expect({ first: a.firstName, last: b.lastName }).toEqual({ first: 'Camille', last: 'Benali' });
    const comparable = ({
      seekerId: _s,
      firstName: _f,
      lastName: _l,
      counsellorId: _c,
      ...rest
    }: CaseloadRow) => rest;
    expect(comparable(a).signals.length).toBeGreaterThanOrEqual(3);
    expect(comparable(b)).toEqual(comparable(a));
  });

  it('get the same seeker page: journal, analysis, evidence, recommendations', async () => {
    const pageOf = (j: SeekerJournal) =>
      readerOf(j).call('seeker.get', { seekerId: j.seeker_id, asOf: AS_OF });
    const [a, b] = [await pageOf(camille), await pageOf(twin)];
    expect(a.journal.first_name).toBe('Camille');
    expect(b.journal.first_name).toBe('Mohamed');
    expect(a.analysis.recommendations.length).toBeGreaterThan(0);
    expect(withoutIdentity(b)).toEqual(withoutIdentity(a));
  });

  it('get the same interview report, in both languages', async () => {
    for (const locale of ['fr', 'en'] as const) {
      const reportOf = async (j: SeekerJournal) => {
        const { preparedBy: _by, ...report } = await readerOf(j).call('report.get', {
          seekerId: j.seeker_id,
          asOf: AS_OF,
          locale,
        });
        return report;
      };
      const [a, b] = [await reportOf(camille), await reportOf(twin)];
      expect(a.topics.length).toBeGreaterThan(0);
      expect(a.page.journal.last_name).toBe('Martin');
      expect(withoutIdentity(b)).toEqual(withoutIdentity(a));
    }
  });
});
