// What the team dashboard reads of a portfolio: one row per seeker with their stored
// analysis (its small columns, never the whole result) and which months of the
// dashboard's window they declared. One indexed statement per counsellor.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { periodIndex } from '../../shared/analysis/calendar';
import type { SignalId } from '../../shared/analysis/types';
import type { SeekerStanding } from '../../shared/team/portfolio-figures';

/** A period's index as calendar.ts periodIndex counts it (year × 12 + month − 1). */
const PERIOD_INDEX = `(CAST(substr(m.period, 1, 4) AS INTEGER) * 12
  + CAST(substr(m.period, 6, 2) AS INTEGER) - 1)`;

export const TEAM_QUERIES = {
  // The window's declared months as the bits of one number (bit 0: its first month):
  // a year of months is one integer a person instead of a row a month.
  seekersOf: `SELECT s.seeker_ref, s.seeker_id, s.registered_on, s.content_hash,
      r.as_of, r.journal_hash, r.engine_version, r.settings_version, r.attention, r.signal_ids,
      (SELECT coalesce(sum(1 << (${PERIOD_INDEX} - @from_index)), 0) FROM journal_months m
        WHERE m.seeker_ref = s.seeker_ref
          AND m.period >= @from_period AND m.period <= @to_period) AS declared_mask
    FROM seekers s LEFT JOIN analysis_results r ON r.seeker_ref = s.seeker_ref
    WHERE s.counsellor_id = @counsellor_id`,
} as const;

/** Months a window may hold: the mask's bits. */
export const MAX_WINDOW_MONTHS = 31;

interface SeekerRow {
  seeker_ref: number;
  seeker_id: string;
  registered_on: string;
  content_hash: string;
  as_of: string | null;
  journal_hash: string | null;
  engine_version: string | null;
  settings_version: string | null;
  attention: number | null;
  signal_ids: string | null;
  declared_mask: number;
}

/** What a stored result was computed from: it stands for asOf only if all of it matches. */
export interface ResultOrigin {
  asOf: string;
  journalHash: string;
  engineVersion: string;
  settingsVersion: string;
}

export interface TeamSeeker {
  seekerRef: number;
  seekerId: string;
  registeredOn: string;
  contentHash: string;
  /** The stored analysis, with what it was computed from; null when there is none. */
  stored: { origin: ResultOrigin; standing: SeekerStanding } | null;
  /** Whether the period of this index (calendar.ts periodIndex) is declared, within the window. */
  declared(period: number): boolean;
}

function rowToTeamSeeker(row: SeekerRow, fromIndex: number): TeamSeeker {
  const stored =
    row.as_of === null ||
    row.journal_hash === null ||
    row.engine_version === null ||
    row.settings_version === null
      ? null
      : {
          origin: {
            asOf: row.as_of,
            journalHash: row.journal_hash,
            engineVersion: row.engine_version,
            settingsVersion: row.settings_version,
          },
          standing: {
            attention: row.attention ?? 0,
            signals: row.signal_ids ? (JSON.parse(row.signal_ids) as SignalId[]) : [],
          },
        };
  return {
    seekerRef: row.seeker_ref,
    seekerId: row.seeker_id,
    registeredOn: row.registered_on,
    contentHash: row.content_hash,
    stored,
    declared: (period) =>
      period >= fromIndex &&
      period - fromIndex < MAX_WINDOW_MONTHS &&
      ((row.declared_mask >>> (period - fromIndex)) & 1) === 1,
  };
}

export function createTeamRepository(db: Database) {
  const seekersOfStmt = db.prepare<
    { counsellor_id: string; from_period: string; to_period: string; from_index: number },
    SeekerRow
  >(TEAM_QUERIES.seekersOf);

  return {
    /** One counsellor's seekers, with their declarations from `from` to `to` (YYYY-MM). */
    portfolio(counsellorId: string, window: { from: string; to: string }): TeamSeeker[] {
      const fromIndex = periodIndex(window.from);
      if (periodIndex(window.to) - fromIndex >= MAX_WINDOW_MONTHS) {
        throw new Error(`team dashboard: a window of more than ${MAX_WINDOW_MONTHS} months`);
      }
      return seekersOfStmt
        .all({
          counsellor_id: counsellorId,
          from_period: window.from,
          to_period: window.to,
          from_index: fromIndex,
        })
        .map((row) => rowToTeamSeeker(row, fromIndex));
    },
  };
}

export type TeamRepository = ReturnType<typeof createTeamRepository>;
