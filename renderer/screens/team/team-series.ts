// The dashboard's figures shaped for its table and charts: the team's own figures (sums,
// and the declared share of the summed months, not an average of shares), each
// counsellor's most frequent signals, and one value per month and counsellor for a trend.
import { SIGNAL_IDS } from '../../../shared/analysis/types';
import type { SignalId } from '../../../shared/analysis/types';
import type {
  CounsellorFigures,
  PortfolioFigures,
  TeamMonth,
} from '../../../shared/api/team-dashboard';

export function counsellorName(figures: CounsellorFigures): string {
  return figures.displayName ?? figures.counsellorId;
}

/** The whole team as one portfolio. */
export function teamFigures(counsellors: readonly PortfolioFigures[]): PortfolioFigures {
  const signals = Object.fromEntries(SIGNAL_IDS.map((id) => [id, 0])) as Record<SignalId, number>;
  const team = {
    portfolioSize: 0,
    attention: { high: 0, medium: 0, low: 0 },
    signals,
    declaredMonths: 0,
    dueMonths: 0,
  };
  for (const c of counsellors) {
    team.portfolioSize += c.portfolioSize;
    team.attention.high += c.attention.high;
    team.attention.medium += c.attention.medium;
    team.attention.low += c.attention.low;
    for (const id of SIGNAL_IDS) signals[id] += c.signals[id];
    team.declaredMonths += c.declaredMonths;
    team.dueMonths += c.dueMonths;
  }
  return {
    ...team,
    declaredShare: team.dueMonths === 0 ? null : team.declaredMonths / team.dueMonths,
  };
}

/** The signals most people show, most frequent first; none shown by nobody. */
export function topSignals(figures: PortfolioFigures, count: number): SignalId[] {
  return SIGNAL_IDS.filter((id) => figures.signals[id] > 0)
    .sort((a, b) => figures.signals[b] - figures.signals[a])
    .slice(0, count);
}

/** What a trend follows: a number, or null where it means nothing (no month due). */
export type Metric = (figures: PortfolioFigures) => number | null;

export const highAttention: Metric = (f) => f.attention.high;
export const declaredShareOf: Metric = (f) => f.declaredShare;
export const showingSignal =
  (signal: SignalId): Metric =>
  (f) =>
    f.signals[signal];

export interface TrendRow {
  period: string;
  /** By counsellor id. */
  values: Record<string, number | null>;
  team: number | null;
}

export function trendRows(history: readonly TeamMonth[], metric: Metric): TrendRow[] {
  return history.map((month) => ({
    period: month.period,
    values: Object.fromEntries(month.counsellors.map((c) => [c.counsellorId, metric(c)])),
    team: metric(teamFigures(month.counsellors)),
  }));
}

/** The first and last months with a team value: what a trend's summary sentence compares. */
export function trendEnds(
  rows: readonly TrendRow[],
): { first: TrendRow & { team: number }; last: TrendRow & { team: number } } | null {
  const valued = rows.filter((row): row is TrendRow & { team: number } => row.team !== null);
  return valued.length === 0 ? null : { first: valued[0]!, last: valued[valued.length - 1]! };
}

/** The signal the team shows most now, to follow first (inactivity if none is shown). */
export function mostFrequentSignal(current: readonly PortfolioFigures[]): SignalId {
  return topSignals(teamFigures(current), 1)[0] ?? 'inactivity';
}
