// The moves between categories that a seeker's category history tells, for the
// screens that show them (the timeline, the report).
import type { Category, CategoryPeriod } from './contract';

export interface CategoryMove {
  /** YYYY-MM-DD: the first day in the new category. */
  date: string;
  from: Category;
  to: Category;
}

/** Each step of the history after the first is a move from the step before it; oldest first. */
export function categoryMoves(history: readonly CategoryPeriod[]): CategoryMove[] {
  return history.slice(1).map((step, i) => ({
    date: step.since,
    from: history[i]!.category,
    to: step.category,
  }));
}

/** The moves grouped by the period (YYYY-MM) they happened in. */
export function categoryMovesByPeriod(
  history: readonly CategoryPeriod[],
): ReadonlyMap<string, CategoryMove[]> {
  const byPeriod = new Map<string, CategoryMove[]>();
  for (const move of categoryMoves(history)) {
    const period = move.date.slice(0, 7);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), move]);
  }
  return byPeriod;
}
