// Reads and analyses seekers into the row each result is stored as. The inline refresh
// and the analysis workers both use createPageAnalyser, so both store the same thing;
// analyseSeekers does the same for a seeker or two, through the journal repository.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { analyzeEncodedSeekerForStorage, analyzeSeeker } from '../../shared/analysis/engine';
import type { StoredAnalysis } from '../../shared/analysis/engine';
import type { CatalogueEntry } from '../../shared/analysis/recommendations';
import { stringifyStoredResult } from '../../shared/analysis/stored-result';
import type { AnalysisSettings } from '../../shared/analysis/settings';
import { toAnalysisJournal } from '../../shared/analysis/types';
import type { AnalysisProfile, AnalysisResult, Dismissal } from '../../shared/analysis/types';
import type { Category, Modality } from '../../shared/journal/contract';
import { parseMonthsDocument } from '../../shared/journal/write-encoding';
import type { Referentials } from '../../shared/reference/referentials';
import { createFollowUpRepository } from '../db/follow-up-repository';
import type { JournalRepository, SeekerRow } from '../db/journal-repository';
import { createJournalRepository, oreOfRow } from '../db/journal-repository';
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

function toAnalysed(
  seekerRef: number,
  journalHash: string,
  asOf: string,
  result: Omit<AnalysisResult, 'indicators'>,
  resultJson: string,
): AnalysedSeeker {
  return {
    seekerRef,
    asOf,
    journalHash,
    attention: result.attention,
    signalIds: result.signals.map((s) => s.id),
    topRecommendation: result.recommendations[0]?.id ?? null,
    engineVersion: result.engineVersion,
    settingsVersion: result.settingsVersion,
    resultJson,
  };
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
    out.push(
      toAnalysed(
        key.seekerRef,
        key.contentHash,
        context.asOf,
        result,
        stringifyStoredResult(result),
      ),
    );
  }
  return out;
}

/** What the engine reads of a seeker row: no name, birth year or counsellor. */
type PageRow = Omit<
  SeekerRow,
  'first_name' | 'last_name' | 'birth_year' | 'counsellor_id' | 'updated_at'
>;

/**
 * A page of seekers by id, in one statement: the ids go in as one JSON array. CROSS
 * JOIN keeps the ids as the outer loop (SQLite does not reorder it): with statistics,
 * the planner would otherwise guess json_each large and scan every seeker.
 */
export const ANALYSIS_PAGE_QUERIES = {
  seekersOfPage: `SELECT s.seeker_ref, s.seeker_id, s.content_hash, s.commune, s.registered_on,
      s.category, s.modality, s.digital_access, s.benefit_end, s.ore_rome, s.ore_max_distance_km,
      s.ore_min_monthly_salary, s.ore_contracts, s.months_document
    FROM json_each(@ids) AS page CROSS JOIN seekers s ON s.seeker_id = page.value`,
  // Dismissals are rare: which seekers of the page have any, then theirs one by one.
  dismissedOfPage: `SELECT DISTINCT seeker_ref FROM recommendation_dismissals
    WHERE seeker_ref IN (SELECT value FROM json_each(@refs))`,
} as const;

// Values in the database were validated on the way in; the casts restore their types.
function rowToProfile(row: PageRow): AnalysisProfile {
  return {
    registered_on: row.registered_on,
    category: row.category as Category,
    modality: row.modality as Modality,
    digital_access: row.digital_access === 1,
    benefit_end: row.benefit_end,
    home_commune: row.commune,
    ore: oreOfRow(row),
  };
}

export type PageContext = Omit<AnalyseContext, 'dismissalsOf'>;

/**
 * Analyses pages of seekers on one connection: each page is read in one statement
 * (and one more for dismissals), each journal's months go to the engine in their
 * stored flat encoding (analyzeEncodedSeeker). Gives what analyseSeekers gives, with
 * the counsellors' dismissals of the database. Call inside a read transaction.
 */
export function createPageAnalyser(db: Database) {
  const journals = createJournalRepository(db);
  const followUp = createFollowUpRepository(db);
  const pageStmt = db.prepare<{ ids: string }, PageRow>(ANALYSIS_PAGE_QUERIES.seekersOfPage);
  const dismissedStmt = db
    .prepare<{ refs: string }, number>(ANALYSIS_PAGE_QUERIES.dismissedOfPage)
    .pluck();

  return (seekerIds: readonly string[], context: PageContext): AnalysedSeeker[] => {
    const rows = new Map<string, PageRow>();
    for (const row of pageStmt.all({ ids: JSON.stringify(seekerIds) }))
      rows.set(row.seeker_id, row);
    const dismissed = new Set(
      dismissedStmt.all({ refs: JSON.stringify([...rows.values()].map((r) => r.seeker_ref)) }),
    );
    const out: AnalysedSeeker[] = [];
    for (const id of seekerIds) {
      const row = rows.get(id);
      if (!row) continue;
      const dismissals = dismissed.has(row.seeker_ref)
        ? followUp.engineDismissals(row.seeker_ref)
        : [];
      const engineContext = dismissals.length ? { ...context, dismissals } : context;
      let stored: StoredAnalysis;
      if (row.months_document === null) {
        // Not written since the document was added (migration 4): from the rows.
        const journal = journals.readJournal(id);
        if (!journal) continue;
        const result = analyzeSeeker(toAnalysisJournal(journal), engineContext);
        stored = { result, json: stringifyStoredResult(result) };
      } else {
        const months = parseMonthsDocument(row.months_document);
        stored = analyzeEncodedSeekerForStorage(rowToProfile(row), months, engineContext);
      }
      out.push(
        toAnalysed(row.seeker_ref, row.content_hash, context.asOf, stored.result, stored.json),
      );
    }
    return out;
  };
}

export type PageAnalyser = ReturnType<typeof createPageAnalyser>;
