// The team lead's dashboard: per counsellor of the team, the portfolio now and how it
// moved month by month over the last 12 months.
import type { AttentionBand } from '../analysis/attention-bands';
import type { DeclarationCalendar } from '../analysis/declaration-calendar';
import type { SignalId } from '../analysis/types';

/** The months the dashboard looks back over, asOf's month included. */
export const DASHBOARD_MONTHS = 12;

/** Seekers per attention band (shared/analysis/attention-bands.ts, the grid's bands). */
export type AttentionBands = Record<AttentionBand, number>;

export interface PortfolioFigures {
  /** Seekers followed. */
  portfolioSize: number;
  attention: AttentionBands;
  /** Seekers showing each signal (0 for a signal nobody shows). */
  signals: Record<SignalId, number>;
  /** Months declared among the months due (registered, due day reached). */
  declaredMonths: number;
  dueMonths: number;
  /** declaredMonths / dueMonths, 0–1; null when no month was due. */
  declaredShare: number | null;
}

export interface CounsellorFigures extends PortfolioFigures {
  counsellorId: string;
  displayName: string | null;
}

export interface TeamMonth {
  /** YYYY-MM, oldest first in `history`. */
  period: string;
  /** The day these figures are at: the month's last day, asOf for asOf's month. */
  asOf: string;
  /**
   * Seekers registered by that day, with the signals and attention the engine finds
   * then; the declared share is of that month alone.
   */
  counsellors: CounsellorFigures[];
}

export interface TeamDashboard {
  team: string;
  asOf: string;
  /** asOf's month is in progress until its declaration opens: its trend point is partial. */
  calendar: DeclarationCalendar;
  /** The months `current`'s declared share counts: from the first of `history` to the last due at asOf. */
  declaredWindow: { from: string; to: string };
  /** The figures at asOf: the caseload grid's rows (stored analyses), counted. */
  current: CounsellorFigures[];
  /** The DASHBOARD_MONTHS months ending with asOf's month, oldest first. */
  history: TeamMonth[];
}
