// Messages between the analysis workers and the thread that stores their results.
import type { CatalogueEntry } from '../../shared/analysis/recommendations';
import type { AnalysisSettings } from '../../shared/analysis/settings';
import type { ReferenceData } from '../../shared/reference/types';

export interface AnalysisWorkerInput {
  /** The shipped reference data, as this thread parsed it (referenceDataOnce). */
  referenceData: ReferenceData;
}

export interface AnalysedSeeker {
  seekerRef: number;
  asOf: string;
  /** The journal hash the result was computed from (read in the same transaction). */
  journalHash: string;
  attention: number;
  signalIds: string[];
  topRecommendation: string | null;
  engineVersion: string;
  settingsVersion: string;
  /** The whole AnalysisResult as stored JSON (stored-result.ts): stored as is, never rebuilt. */
  resultJson: string;
}

/**
 * A worker outlives one refresh (see refresh-analyses.ts), so each page says which
 * database, date, settings and catalogue it is for; `release` closes the worker's
 * connection when the refresh is over, so that no file stays open between refreshes.
 */
export type ToAnalysisWorker =
  | {
      kind: 'analyze';
      dbPath: string;
      /** The database's keys as hex when it is encrypted (database.ts), else null. */
      keys: { databaseKey: string; auditKey: string } | null;
      asOf: string;
      settings: AnalysisSettings;
      catalogue: readonly CatalogueEntry[];
      seekerIds: string[];
    }
  | { kind: 'release' };
export type FromAnalysisWorker =
  { kind: 'analysed'; seekers: AnalysedSeeker[] } | { kind: 'error'; message: string };
