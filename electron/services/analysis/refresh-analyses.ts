// Brings stored results up to date for a reference date: only seekers without a
// result, or whose journal, date, engine or settings changed since, are analysed.
import type { Database } from 'better-sqlite3';
import { analyzeSeeker, ENGINE_VERSION } from '../../../shared/analysis/engine';
import type { AnalysisSettings } from '../../../shared/analysis/settings';
import { DEFAULT_SETTINGS } from '../../../shared/analysis/settings';
import { toAnalysisJournal } from '../../../shared/analysis/types';
import type { Referentials } from '../../../shared/reference/referentials';
import { createJournalRepository } from '../db/journal-repository';
import { createAnalysisRepository } from './analysis-repository';

export interface RefreshOptions {
  asOf: string;
  refs: Referentials;
  settings?: AnalysisSettings;
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

const PAGE = 500;

/** Returns how many seekers were analysed. */
export function refreshAnalyses(db: Database, options: RefreshOptions): number {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const journals = createJournalRepository(db);
  const results = createAnalysisRepository(db);
  const freshness = {
    asOf: options.asOf,
    engineVersion: ENGINE_VERSION,
    settingsVersion: settings.version,
  };
  const total = results.countStale(freshness);
  const computedAt = (options.now?.() ?? new Date()).toISOString();
  let done = 0;
  const savePage = db.transaction((ids: string[]) => {
    for (const id of ids) {
      const stored = journals.findSeeker(id);
      const journal = journals.readJournal(id);
      if (!stored || !journal) continue;
      const result = analyzeSeeker(toAnalysisJournal(journal), {
        refs: options.refs,
        asOf: options.asOf,
        settings,
      });
      results.save(stored.seekerRef, stored.contentHash, result, computedAt);
    }
  });
  let after = '';
  for (;;) {
    const ids = results.staleSeekerIds(freshness, after, PAGE);
    if (ids.length === 0) break;
    savePage(ids);
    done += ids.length;
    after = ids[ids.length - 1]!;
    options.onProgress?.(done, total);
  }
  return done;
}

/**
 * After an import: if results exist, bring them up to date for the latest reference
 * date used; only the seekers whose journal changed (or who are new) are analysed.
 */
export function refreshAfterImport(
  db: Database,
  refs: Referentials,
  settings?: AnalysisSettings,
): number {
  const asOf = createAnalysisRepository(db).latestAsOf();
  if (asOf === null) return 0;
  return refreshAnalyses(db, { asOf, refs, ...(settings ? { settings } : {}) });
}
