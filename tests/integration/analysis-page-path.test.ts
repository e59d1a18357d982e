// The refresh analyses pages of seekers from their stored flat months, counting the
// indicators straight into their stored columns (createPageAnalyser); one seeker at a
// time goes through the decoded journal, the rows and stringifyStoredResult
// (analyseSeekers). Both must store the very same bytes, on the demo department, at
// several reference dates, with dismissals and with rows written before the document.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/database';
import { createFollowUpRepository } from '../../server/db/follow-up-repository';
import { createJournalRepository } from '../../server/db/journal-repository';
import { importJournalFiles } from '../../server/import/import-journals';
import {
  ANALYSIS_PAGE_QUERIES,
  analyseSeekers,
  createPageAnalyser,
} from '../../server/analysis/analyse-seekers';
import { loadReferentials } from '../../server/reference/load-reference';
import { analyzeEncodedSeeker, analyzeSeeker } from '../../shared/analysis/engine';
import { evidenceFingerprint } from '../../shared/analysis/recommendations';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { toAnalysisJournal } from '../../shared/analysis/types';
import { generateDemoCaseload } from '../../shared/demo';
import { flattenMonths } from '../../shared/journal/write-encoding';
import { action, seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';

const refs = loadReferentials();
const AS_OF_DATES = ['2026-10-30', '2026-03-14', '2025-09-01', '2024-12-31'];

describe('the page analysis of the refresh', () => {
  const tempDir = useTempDir();

  it('stores byte for byte what the one-by-one path stores, on the demo department', async () => {
    const db = openDatabase(join(tempDir(), 'demo.db'));
    const journals = [
      ...generateDemoCaseload({ seekers: 300, months: 30, seed: 5, endPeriod: '2026-10' }, refs),
    ].map((s) => s.journal);
    await importJournalFiles(db, [writeJsonl(join(tempDir(), 'demo.jsonl'), journals)], {});
    const repository = createJournalRepository(db);
    const followUp = createFollowUpRepository(db);
    const ids = journals.map((j) => j.seeker_id).sort();

    // A few dismissals, as a counsellor makes them from the stored top recommendation.
    let dismissed = 0;
    for (const id of ids.slice(0, 40)) {
      const key = repository.findSeeker(id)!;
      const result = analyzeSeeker(toAnalysisJournal(repository.readJournal(id)!), {
        refs,
        asOf: '2026-10-01',
      });
      const top = result.recommendations[0];
      if (!top) continue;
      followUp.dismiss(
        key.seekerRef,
        {
          id: top.id,
          dismissedOn: '2026-10-01',
          evidenceFingerprint: evidenceFingerprint(top.reasons),
          reason: 'déjà fait',
        },
        '2026-10-01T09:00:00.000Z',
      );
      dismissed++;
    }
    expect(dismissed).toBeGreaterThan(10);
    // Rows written before the document existed (migration 4) are read from their rows.
    db.prepare(
      'UPDATE seekers SET months_document = NULL WHERE seeker_id IN (SELECT value FROM json_each(?))',
    ).run(JSON.stringify(ids.filter((_, i) => i % 37 === 0)));

    const analysePage = createPageAnalyser(db);
    let compared = 0;
    db.transaction(() => {
      for (const asOf of AS_OF_DATES) {
        const context = { refs, asOf, settings: DEFAULT_SETTINGS };
        for (let i = 0; i < ids.length; i += 64) {
          const page = ids.slice(i, i + 64);
          const fast = analysePage(page, context);
          const oneByOne = analyseSeekers(repository, page, {
            ...context,
            dismissalsOf: followUp.engineDismissals,
          });
          expect(fast.length).toBe(page.length);
          for (let n = 0; n < page.length; n++) {
            expect(fast[n]!.resultJson).toBe(oneByOne[n]!.resultJson);
            expect(fast[n]).toStrictEqual(oneByOne[n]);
            compared++;
          }
        }
      }
    })();
    expect(compared).toBe(ids.length * AS_OF_DATES.length);
    db.close();
  });

  it('skips unknown ids and reads a page by index, in one statement', async () => {
    const db = openDatabase(join(tempDir(), 'page.db'));
    const records = Array.from({ length: 30 }, (_, i) => seeker(`P${i}`));
    await importJournalFiles(db, [writeJsonl(join(tempDir(), 'p.jsonl'), records)], {});
    db.exec('ANALYZE');
    const analysed = createPageAnalyser(db)(['P3', 'nobody', 'P1'], {
      refs,
      asOf: '2026-11-20',
      settings: DEFAULT_SETTINGS,
    });
    const refOf = (id: string) => createJournalRepository(db).findSeeker(id)!.seekerRef;
    expect(analysed.map((a) => a.seekerRef)).toEqual([refOf('P3'), refOf('P1')]);
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${ANALYSIS_PAGE_QUERIES.seekersOfPage}`).all({
        ids: '["P1"]',
      }) as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.join(' | ')).toMatch(/SEARCH s USING (COVERING )?INDEX sqlite_autoindex_seekers/);
    expect(plan.join(' | ')).not.toMatch(/SCAN s\b/);
    db.close();
  });
});

const month = (period: string, actions: unknown[], mood: number | null = 3) => ({
  period,
  submitted_at: null,
  entered_by: 'seeker',
  mood,
  comment: mood === 1 ? 'Je suis découragé, aucune réponse.' : null,
  actions,
});

describe('the journal view from flat months', () => {
  it('gives analyzeSeeker’s result whatever the order of months and actions', () => {
    const journal = toAnalysisJournal(
      seeker('F1', {
        months: [
          month(
            '2026-09',
            [
              action('b', '2026-09-20', { outcome: 'interview', note: 'découragée' }),
              action('a', '2026-09-02'),
              // Dated in the next month, and after the reference date of one run.
              action('c', '2026-10-03'),
            ],
            1,
          ),
          month('2026-07', [action('e', '2026-07-11'), action('d', '2026-07-11')]),
          month('2026-12', [action('f', '2026-12-01')], null),
        ],
      }) as never,
    );
    for (const asOf of ['2026-09-25', '2026-10-02', '2026-11-15', '2027-01-10']) {
      const plain = analyzeSeeker(journal, { refs, asOf });
      const flat = analyzeEncodedSeeker(journal, flattenMonths(journal.months), { refs, asOf });
      expect(JSON.stringify(flat)).toBe(JSON.stringify(plain));
    }
  });
});
