// Bounds no real journal reaches, past which an import rejects what it reads (with the
// line and the reason) instead of storing it: one person's journal stays small enough
// to read at once, and one import cannot fill the database with rejected lines. The
// figures and their why: docs/journal-format.md, "Limits".
import { part } from './reasons';
import type { ReasonPart } from './reasons';

export interface ImportLimits {
  /** Bytes of one JSON Lines line, that is one person's whole journal. */
  lineBytes: number;
  /** Actions in one month of one person. */
  actionsPerMonth: number;
  /** Actions in one person's whole journal. */
  actionsPerSeeker: number;
  /**
   * Rejected lines an import keeps (and, apart, warnings), in the order met: every one is
   * counted, only the first ones are stored with their reason and text, and shown.
   */
  keptIssues: number;
  /** Characters of rejected lines' text an import stores in all; later ones without it. */
  keptTextChars: number;
}

export const IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  // 5,000 actions with long notes; the demo's longest journal is about 60 KB.
  lineBytes: 8 * 1024 * 1024,
  // More than 16 a day, every day of the month.
  actionsPerMonth: 500,
  // Forty a month for ten years.
  actionsPerSeeker: 5_000,
  keptIssues: 1_000,
  keptTextChars: 10_000_000,
});

/** What the journal of a JSON line holds too much of, read before its schema checks. */
export function actionCountPart(
  raw: unknown,
  limits: Pick<ImportLimits, 'actionsPerMonth' | 'actionsPerSeeker'>,
): ReasonPart | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const months = (raw as { months?: unknown }).months;
  if (!Array.isArray(months)) return null;
  let total = 0;
  for (const [index, month] of months.entries()) {
    const actions = (month as { actions?: unknown } | null)?.actions;
    if (!Array.isArray(actions)) continue;
    if (actions.length > limits.actionsPerMonth) {
      return part(
        `months[${index}].actions`,
        'actions_per_month_over',
        { max: limits.actionsPerMonth },
        String(actions.length),
      );
    }
    total += actions.length;
  }
  return total > limits.actionsPerSeeker
    ? part('months', 'actions_per_seeker_over', { max: limits.actionsPerSeeker }, String(total))
    : null;
}
