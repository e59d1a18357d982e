// The seeker page's data, apart from the channel table: the report and the
// right-of-access dossier are built from it, and the contract names them all, so it
// lives where those three import it without importing one another in a circle.
import type { DeclarationCalendar } from '../analysis/declaration-calendar';
import type { AnalysisResult, RecommendationId } from '../analysis/types';
import type { SeekerJournal } from '../journal/contract';

export const PLAN_ITEM_STATUSES = ['todo', 'in_progress', 'done', 'cancelled'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

export interface PlanItem {
  id: number;
  recommendationId: RecommendationId | null;
  label: string;
  status: PlanItemStatus;
  dueOn: string | null;
  createdAt: string;
}

/** A counsellor's free-text note about a seeker. */
export interface Note {
  id: number;
  text: string;
  createdAt: string;
}

export interface DismissalRecord {
  recommendationId: RecommendationId;
  reason: string;
  dismissedOn: string;
}

export interface SeekerPage {
  journal: SeekerJournal;
  analysis: AnalysisResult;
  /** ROME code → label, for every code of the journal and the analysis. */
  romeLabels: Record<string, string>;
  /**
   * The grand domaines of the ORE's jobs, as the analysis counts applications: a ROME 4.0
   * fiche's is its parent's (`A1206` → `F`).
   */
  oreFamilies: string[];
  /** INSEE code → commune name, for the journal's communes. */
  communeNames: Record<string, string>;
  actionPlan: PlanItem[];
  dismissals: DismissalRecord[];
  /** Newest first. */
  notes: Note[];
  /** The caller may change the follow-up (their own portfolio); a team lead only reads. */
  canEdit: boolean;
  /** Which months are complete, in progress or pending on the analysis' reference date. */
  calendar: DeclarationCalendar;
  /**
   * The person's category is one the settings in force expect to search for a job;
   * when not, the analysis raises no search-intensity signal, and the page says why.
   */
  searchExpected: boolean;
}
