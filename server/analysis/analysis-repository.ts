// Stored analysis results: one current result per seeker, with what it was computed from.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { parseStoredResult } from '../../shared/analysis/stored-result';
import type { AnalysisResult } from '../../shared/analysis/types';
import type { AnalysedSeeker } from './analysis-protocol';

export interface StoredAnalysis {
  seekerRef: number;
  seekerId: string;
  result: AnalysisResult;
}

interface ResultRow {
  seeker_ref: number;
  seeker_id: string;
  result: string;
}

export interface Freshness {
  asOf: string;
  engineVersion: string;
  settingsVersion: string;
}

export function createAnalysisRepository(db: Database) {
  const upsertStmt = db.prepare(`
    INSERT INTO analysis_results (seeker_ref, as_of, journal_hash, engine_version, settings_version,
      attention, signal_ids, top_recommendation, result, computed_at)
    VALUES (@seeker_ref, @as_of, @journal_hash, @engine_version, @settings_version,
      @attention, @signal_ids, @top_recommendation, @result, @computed_at)
    ON CONFLICT (seeker_ref) DO UPDATE SET as_of = excluded.as_of, journal_hash = excluded.journal_hash,
      engine_version = excluded.engine_version, settings_version = excluded.settings_version,
      attention = excluded.attention, signal_ids = excluded.signal_ids,
      top_recommendation = excluded.top_recommendation, result = excluded.result,
      computed_at = excluded.computed_at`);
  // Stale: no result, or one computed from another journal, date, engine or settings.
  const staleStmt = db.prepare<
    Freshness & { after: string; limit: number },
    { seeker_id: string }
  >(`
    SELECT s.seeker_id FROM seekers s
    LEFT JOIN analysis_results r ON r.seeker_ref = s.seeker_ref
    WHERE s.seeker_id > @after AND (r.seeker_ref IS NULL OR r.journal_hash <> s.content_hash
      OR r.as_of <> @asOf OR r.engine_version <> @engineVersion OR r.settings_version <> @settingsVersion)
    ORDER BY s.seeker_id LIMIT @limit`);
  const countStaleStmt = db.prepare<Freshness, { n: number }>(`
    SELECT count(*) AS n FROM seekers s LEFT JOIN analysis_results r ON r.seeker_ref = s.seeker_ref
    WHERE r.seeker_ref IS NULL OR r.journal_hash <> s.content_hash OR r.as_of <> @asOf
      OR r.engine_version <> @engineVersion OR r.settings_version <> @settingsVersion`);
  const bySeekerStmt = db.prepare<{ seeker_id: string }, ResultRow>(`
    SELECT s.seeker_ref, s.seeker_id, r.result FROM seekers s
    JOIN analysis_results r ON r.seeker_ref = s.seeker_ref WHERE s.seeker_id = @seeker_id`);
  const latestAsOfStmt = db.prepare<[], { as_of: string | null }>(
    'SELECT max(as_of) AS as_of FROM analysis_results',
  );
  const computedAtStmt = db.prepare<{ seeker_id: string }, { computed_at: string }>(
    'SELECT r.computed_at FROM analysis_results r JOIN seekers s ON s.seeker_ref = r.seeker_ref WHERE s.seeker_id = @seeker_id',
  );
  const allStmt = db.prepare<[], ResultRow>(`
    SELECT s.seeker_ref, s.seeker_id, r.result FROM seekers s
    JOIN analysis_results r ON r.seeker_ref = s.seeker_ref ORDER BY s.seeker_id`);

  return {
    /** Stores one analysed seeker (see analyse-seekers.ts). */
    saveSerialized(a: AnalysedSeeker, computedAt: string): void {
      upsertStmt.run({
        seeker_ref: a.seekerRef,
        as_of: a.asOf,
        journal_hash: a.journalHash,
        engine_version: a.engineVersion,
        settings_version: a.settingsVersion,
        attention: a.attention,
        signal_ids: JSON.stringify(a.signalIds),
        top_recommendation: a.topRecommendation,
        result: a.resultJson,
        computed_at: computedAt,
      });
    },
    staleSeekerIds(freshness: Freshness, after: string, limit: number): string[] {
      return staleStmt.all({ ...freshness, after, limit }).map((r) => r.seeker_id);
    },
    countStale(freshness: Freshness): number {
      return countStaleStmt.get(freshness)!.n;
    },
    get(seekerId: string): StoredAnalysis | undefined {
      const row = bySeekerStmt.get({ seeker_id: seekerId });
      return (
        row && {
          seekerRef: row.seeker_ref,
          seekerId: row.seeker_id,
          result: parseStoredResult(row.result),
        }
      );
    },
    /** The reference date of the latest analysis, if any was made. */
    latestAsOf(): string | null {
      return latestAsOfStmt.get()?.as_of ?? null;
    },
    computedAt(seekerId: string): string | undefined {
      return computedAtStmt.get({ seeker_id: seekerId })?.computed_at;
    },
    all(): StoredAnalysis[] {
      return allStmt.all().map((row) => ({
        seekerRef: row.seeker_ref,
        seekerId: row.seeker_id,
        result: parseStoredResult(row.result),
      }));
    },
  };
}
