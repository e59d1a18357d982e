// The team lead's dashboard: per counsellor of the team, the portfolio now and how it
// moved month by month over the last 12 months.
import type { SignalId } from '../analysis/types';

/** The grid's three attention bands (renderer/screens/caseload/attention.ts). */
export interface AttentionBands {
  low: number;
  medium: number;
  high: number;
}

export interface PortfolioFigures {
  /** Seekers followed. */
  portfolioSize: number;
  attention: AttentionBands;
  /** Seekers showing each signal. */
  signals: Partial<Record<SignalId, number>>;
  /** Declared months / months due, 0–1; null when no month was due. */
  declaredShare: number | null;
}

export interface CounsellorFigures extends PortfolioFigures {
  counsellorId: string;
  displayName: string | null;
}

export interface TeamMonth {
  /** YYYY-MM, oldest first in `history`. */
  period: string;
  counsellors: CounsellorFigures[];
}

export interface TeamDashboard {
  team: string;
  asOf: string;
  /** The figures at asOf. */
  current: CounsellorFigures[];
  /** The 12 months ending with asOf's month, oldest first. */
  history: TeamMonth[];
}
