// Messages between the analysis workers and the thread that stores their results.
import type { AnalysisSettings } from '../../../shared/analysis/settings';

export interface AnalysisWorkerInput {
  dbPath: string;
  asOf: string;
  settings: AnalysisSettings;
  referenceDir?: string;
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
  /** The whole AnalysisResult as JSON: stored as is, never rebuilt. */
  resultJson: string;
}

export type ToAnalysisWorker = { kind: 'analyze'; seekerIds: string[] };
export type FromAnalysisWorker =
  { kind: 'analysed'; seekers: AnalysedSeeker[] } | { kind: 'error'; message: string };
