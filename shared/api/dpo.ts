// What the data-protection officer reads: who read a person's file (the access log) and
// « Tout ce que Jalon détient sur cette personne », the right-of-access document, the
// same data in its JSON and in its PDF.
import type { AnalysisResult } from '../analysis/types';
import type { SeekerJournal } from '../journal/contract';
import type { DismissalRecord, Note, PlanItem } from './seeker-page';

/** How long the access log keeps an entry: a year, long enough to answer who read a file. */
export const ACCESS_LOG_KEEP_DAYS = 365;

/** What was read: a person's page, report or history, a portfolio, an export. */
export const ACCESS_KINDS = [
  'seeker_page',
  'report',
  'report_pdf',
  'history',
  'portfolio',
  'export',
  'dpo_access_log',
  'dpo_export',
] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export interface AccessLogEntry {
  accessRef: number;
  at: string;
  reader: string;
  /** Null for a reader who is not a user (`cli`). */
  readerName: string | null;
  readerRole: string;
  /** An AccessKind; kept as written, like the trail's actions. */
  what: string;
  /** The person read; null for a portfolio read. */
  seekerId: string | null;
  /** The counsellors whose portfolios were read; null for one person's read. */
  portfolio: string[] | null;
  /** How many people the portfolio read held. */
  seekers: number | null;
  details: Record<string, unknown>;
}

/** The DPO's search: the person, if Jalon holds them, and who read their file. */
export interface PersonAccessLog {
  seekerId: string;
  firstName: string;
  lastName: string;
  counsellorId: string;
  /** Newest first. */
  reads: AccessLogEntry[];
}

/** « Tout ce que Jalon détient sur cette personne ». */
export interface PersonDossier {
  /** Which document this is and for which version of it. */
  kind: 'jalon.person-dossier';
  version: 1;
  producedAt: string;
  producedBy: string;
  seekerId: string;
  /** Identity, registration, ORE, category history and every declared month. */
  journal: SeekerJournal;
  /** The analysis the person's page shows on the day of the export. */
  analysis: { asOf: string; result: AnalysisResult };
  /** The counsellor's decisions on recommendations: accepted into the plan, dismissed with a reason. */
  decisions: {
    accepted: PlanItem[];
    dismissed: DismissalRecord[];
  };
  /** The whole action plan, the counsellor's own actions included. */
  plan: PlanItem[];
  notes: Note[];
  /** Who read the file, newest first (the access log, kept ACCESS_LOG_KEEP_DAYS). */
  reads: AccessLogEntry[];
  /** The audit trail's entries about the person (changes, controllers' views and their reasons). */
  trail: {
    at: string;
    actor: string;
    action: string;
    reason: string | null;
    details: Record<string, unknown>;
  }[];
}

/** `dossier-<seeker id>-<day>.<json|pdf>`, anything unusual in the id made harmless. */
export function dossierFileName(seekerId: string, day: string, format: 'json' | 'pdf'): string {
  return `dossier-${seekerId.replace(/[^\w-]/g, '_')}-${day}.${format}`;
}
