// One portfolio's figures, added up person by person: how many, in which attention
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

export function noSignals(): Record<SignalId, number> {
  return Object.fromEntries(SIGNAL_IDS.map((id) => [id, 0])) as Record<SignalId, number>;
}

/** A portfolio's figures being counted: `add` each person, then read `figures()`. */
export class PortfolioTally {
  private readonly counted: PortfolioFigures = {
    portfolioSize: 0,
    attention: { high: 0, medium: 0, low: 0 },
    signals: noSignals(),
    declaredMonths: 0,
    dueMonths: 0,
    declaredShare: null,
  };

  add(standing: SeekerStanding, months: DeclaredCount): void {
    const c = this.counted;
    c.portfolioSize += 1;
    c.attention[attentionBand(standing.attention)] += 1;
    for (const signal of standing.signals) c.signals[signal] += 1;
    c.declaredMonths += months.declared;
    c.dueMonths += months.due;
  }

  figures(): PortfolioFigures {
    const c = this.counted;
    return {
      ...c,
      attention: { ...c.attention },
      signals: { ...c.signals },
      declaredShare: declaredShare({ declared: c.declaredMonths, due: c.dueMonths }),
    };
  }
}
