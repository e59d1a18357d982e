// One portfolio's figures from its seekers' standings: how many, in which attention
// band, with which signals, and how many of their due months they declared.
import { attentionBand } from '../analysis/attention-bands';
import { SIGNAL_IDS } from '../analysis/types';
import type { SignalId } from '../analysis/types';
import type { PortfolioFigures } from '../api/team-dashboard';
import { declaredShare } from './declared-months';
import type { DeclaredCount } from './declared-months';

/** What the engine finds for one person at one date. */
export interface SeekerStanding {
  attention: number;
  signals: readonly SignalId[];
}

export type SeekerFigures = SeekerStanding & DeclaredCount;

export function noSignals(): Record<SignalId, number> {
  return Object.fromEntries(SIGNAL_IDS.map((id) => [id, 0])) as Record<SignalId, number>;
}

export function portfolioFigures(seekers: Iterable<SeekerFigures>): PortfolioFigures {
  const figures: PortfolioFigures = {
    portfolioSize: 0,
    attention: { high: 0, medium: 0, low: 0 },
    signals: noSignals(),
    declaredMonths: 0,
    dueMonths: 0,
    declaredShare: null,
  };
  for (const seeker of seekers) {
    figures.portfolioSize += 1;
    figures.attention[attentionBand(seeker.attention)] += 1;
    for (const signal of seeker.signals) figures.signals[signal] += 1;
    figures.declaredMonths += seeker.declared;
    figures.dueMonths += seeker.due;
  }
  figures.declaredShare = declaredShare({
    declared: figures.declaredMonths,
    due: figures.dueMonths,
  });
  return figures;
}
