// What the team dashboard reads of a portfolio: one row per seeker with their stored
// analysis (its small columns, never the whole result) and the periods they declared
// in the dashboard's window. Two indexed statements per counsellor, no query per seeker.
import type { Database } from 'better-sqlite3';
import type { SignalId } from '../../../shared/analysis/types';
import type { SeekerStanding } from '../../../shared/team/portfolio-figures';

export const TEAM_QUERIES = {
  seekersOf: `SELECT s.seeker_ref, s.seeker_id, s.registered_on, s.content_hash,
      r.as_of, r.journal_hash, r.engine_version, r.settings_version, r.attention, r.signal_ids
    FROM seekers s LEFT JOIN analysis_results r ON r.seeker_ref = s.seeker_ref
    WHERE s.counsellor_id = @counsellor_id`,
  declaredPeriodsOf: `SELECT m.seeker_ref, m.period FROM seekers s
    JOIN journal_months m ON m.seeker_ref = s.seeker_ref
      AND m.period >= @from_period AND m.period <= @to_period
    WHERE s.counsellor_id = @counsellor_id`,
} as const;

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
}

interface DeclaredRow {
  seeker_ref: number;
  period: string;
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
  /** Declared periods within the window asked for. */
  declaredPeriods: Set<string>;
}

function rowToTeamSeeker(row: SeekerRow): TeamSeeker {
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
    declaredPeriods: new Set(),
  };
}

export function createTeamRepository(db: Database) {
  const seekersOfStmt = db.prepare<{ counsellor_id: string }, SeekerRow>(TEAM_QUERIES.seekersOf);
  const declaredStmt = db.prepare<
    { counsellor_id: string; from_period: string; to_period: string },
    DeclaredRow
  >(TEAM_QUERIES.declaredPeriodsOf);

  return {
    /** One counsellor's seekers, with their declarations from `from` to `to` (YYYY-MM). */
    portfolio(counsellorId: string, window: { from: string; to: string }): TeamSeeker[] {
      const seekers = seekersOfStmt.all({ counsellor_id: counsellorId }).map(rowToTeamSeeker);
      const byRef = new Map(seekers.map((seeker) => [seeker.seekerRef, seeker]));
      const declared = declaredStmt.all({
        counsellor_id: counsellorId,
        from_period: window.from,
        to_period: window.to,
      });
      for (const row of declared) byRef.get(row.seeker_ref)?.declaredPeriods.add(row.period);
      return seekers;
    },
  };
}

export type TeamRepository = ReturnType<typeof createTeamRepository>;
