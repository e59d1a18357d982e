import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/database';
import { importJournalFiles } from '../../server/import/import-journals';
import { createAnalysisRepository } from '../../server/analysis/analysis-repository';
import {
  refreshAfterImport,
  refreshAnalyses,
  refreshAnalysesInWorkers,
} from '../../server/analysis/refresh-analyses';
import { loadReferentials } from '../../server/reference/load-reference';
import { action, seeker, writeJsonl } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';

const refs = loadReferentials();

describe('stored analyses', () => {
  const tempDir = useTempDir();

  it('are computed once, recomputed only for changed journals, and for a new date', async () => {
    const db = openDatabase(join(tempDir(), 'a.db'));
    const records = ['A', 'B', 'C'].map((id) => seeker(id));
    await importJournalFiles(db, [writeJsonl(join(tempDir(), 'v1.jsonl'), records)], {});
    let clock = 0;
    const now = () => new Date(Date.UTC(2026, 10, 20, 10, 0, clock++));
    expect(refreshAnalyses(db, { asOf: '2026-11-20', refs, now })).toBe(3);
    expect(refreshAnalyses(db, { asOf: '2026-11-20', refs, now })).toBe(0);
    const results = createAnalysisRepository(db);
    const before = { A: results.computedAt('A'), B: results.computedAt('B') };

    // B's journal changes: only B is analysed again after the import.
    const changedB = seeker('B', {
      months: [{ period: '2026-11', actions: [action('b-new', '2026-11-03')] }],
    });
    await importJournalFiles(
      db,
      [writeJsonl(join(tempDir(), 'v2.jsonl'), [seeker('A'), changedB, seeker('C')])],
      {},
    );
    expect(await refreshAfterImport(db, refs)).toBe(1);
    expect(results.computedAt('A')).toBe(before.A);
    expect(results.computedAt('B')).not.toBe(before.B);
    expect(results.get('B')!.result.indicators.at(-1)).toMatchObject({
      period: '2026-11',
      actions: 1,
    });

    // A new reference date recomputes everyone, on demand.
    expect(refreshAnalyses(db, { asOf: '2026-12-01', refs, now })).toBe(3);
    expect(results.get('C')!.result.asOf).toBe('2026-12-01');
    db.close();
  });

  it('store the engine and settings versions each result came from', async () => {
    const db = openDatabase(join(tempDir(), 'b.db'));
    await importJournalFiles(db, [writeJsonl(join(tempDir(), 'v1.jsonl'), [seeker('V')])], {});
    refreshAnalyses(db, { asOf: '2026-11-20', refs });
    const row = db
      .prepare(
        'SELECT engine_version, settings_version, attention, signal_ids FROM analysis_results',
      )
      .get() as Record<string, unknown>;
    expect(row).toMatchObject({
      engine_version: expect.any(String),
      settings_version: 'default-2',
    });
    expect(typeof row.attention).toBe('number');
    expect(JSON.parse(row.signal_ids as string)).toEqual(expect.any(Array));
    db.close();
  });

  it('give the same stored results whether analysed inline or on worker threads', async () => {
    const records = Array.from({ length: 120 }, (_, i) =>
      i % 3 ? seeker(`W${i}`) : seeker(`W${i}`, { months: [] }),
    );
    const file = writeJsonl(join(tempDir(), 'w.jsonl'), records);
    const inlinePath = join(tempDir(), 'inline.db');
    const workersPath = join(tempDir(), 'workers.db');
    const inline = openDatabase(inlinePath);
    const workers = openDatabase(workersPath);
    await importJournalFiles(inline, [file], {});
    await importJournalFiles(workers, [file], {});
    const now = () => new Date(Date.UTC(2026, 10, 20));
    const progress: number[] = [];
    expect(refreshAnalyses(inline, { asOf: '2026-11-20', refs, now })).toBe(120);
    expect(
      await refreshAnalysesInWorkers(workers, workersPath, {
        asOf: '2026-11-20',
        refs,
        now,
        onProgress: (done) => progress.push(done),
      }),
    ).toBe(120);
    expect(progress.at(-1)).toBe(120);
    const dump = (db: typeof inline) =>
      db.prepare('SELECT * FROM analysis_results ORDER BY seeker_ref').all();
    expect(dump(workers)).toEqual(dump(inline));
    expect(
      await refreshAnalysesInWorkers(workers, workersPath, { asOf: '2026-11-20', refs, now }),
    ).toBe(0);
    inline.close();
    workers.close();
  });
});
