// Reads and analyses a page of seekers into the row each result is stored as. The
// inline refresh and the analysis workers both use it, so both store the same thing.
import { analyzeSeeker } from '../../../shared/analysis/engine';
import type { CatalogueEntry } from '../../../shared/analysis/recommendations';
import { stringifyStoredResult } from '../../../shared/analysis/stored-result';
import type { AnalysisSettings } from '../../../shared/analysis/settings';
import { toAnalysisJournal } from '../../../shared/analysis/types';
import type { Dismissal } from '../../../shared/analysis/types';
import type { Referentials } from '../../../shared/reference/referentials';
import type { JournalRepository } from '../db/journal-repository';
import type { AnalysedSeeker } from './analysis-protocol';

export interface AnalyseContext {
  refs: Referentials;
  asOf: string;
  settings: AnalysisSettings;
  /** The catalogue of the same version as `settings`; the shipped one when not given. */
  catalogue?: readonly CatalogueEntry[];
  /** The counsellor's dismissals, so a stored result never proposes a dismissed one. */
  dismissalsOf?: (seekerRef: number) => Dismissal[];
}

/** Call inside a read transaction, so each journal and its hash are read together. */
export function analyseSeekers(
  journals: JournalRepository,
  seekerIds: readonly string[],
  context: AnalyseContext,
): AnalysedSeeker[] {
  const out: AnalysedSeeker[] = [];
  for (const id of seekerIds) {
    const key = journals.findSeeker(id);
    const journal = journals.readJournal(id);
    if (!key || !journal) continue;
    const dismissals = context.dismissalsOf?.(key.seekerRef);
    const result = analyzeSeeker(
      toAnalysisJournal(journal),
      dismissals?.length ? { ...context, dismissals } : context,
    );
    out.push({
      seekerRef: key.seekerRef,
      asOf: context.asOf,
      journalHash: key.contentHash,
      attention: result.attention,
      signalIds: result.signals.map((s) => s.id),
      topRecommendation: result.recommendations[0]?.id ?? null,
      engineVersion: result.engineVersion,
      settingsVersion: result.settingsVersion,
      resultJson: stringifyStoredResult(result),
    });
  }
  return out;
}
