// Who read whose file and when: a person's page, report or history (one row naming the
// person), a whole portfolio (one row naming the counsellors read, with the count of
// people, never one row per person), an export (its figures counted by the server).
// The data-protection officer reads it (dpo.accessLog); it is kept ACCESS_LOG_KEEP_DAYS
// then pruned, at most once a day, by the call that records the next read.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ACCESS_LOG_KEEP_DAYS } from '../../shared/api/dpo';
import type { AccessKind, AccessLogEntry } from '../../shared/api/dpo';
import type { Role } from '../../shared/auth/roles';

export { ACCESS_LOG_KEEP_DAYS };

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Reader {
  userId: string;
  role: Role;
}

export type AccessRecord =
  | { what: AccessKind; seekerId: string; details?: Record<string, unknown> }
  | {
      what: AccessKind;
      /** The counsellors whose portfolios were read. */
      portfolio: readonly string[];
      seekers: number;
      details?: Record<string, unknown>;
    };

interface AccessRow {
  access_ref: number;
  at: string;
  reader: string;
  reader_name: string | null;
  reader_role: string;
  what: string;
  seeker_id: string | null;
  portfolio: string | null;
  seekers: number | null;
  details: string;
}

function rowToEntry(row: AccessRow): AccessLogEntry {
  return {
    accessRef: row.access_ref,
    at: row.at,
    reader: row.reader,
    readerName: row.reader_name,
    readerRole: row.reader_role,
    what: row.what,
    seekerId: row.seeker_id,
    portfolio: row.portfolio === null ? null : (JSON.parse(row.portfolio) as string[]),
    seekers: row.seekers,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

export function createAccessLogRepository(db: Database, now: () => Date = () => new Date()) {
  const insertStmt = db.prepare(`
    INSERT INTO access_log (at, reader, reader_role, what, seeker_id, portfolio, seekers, details)
    VALUES (@at, @reader, @reader_role, @what, @seeker_id, @portfolio, @seekers, @details)`);
  // A person's file was read through their own row, or through the portfolio of the
  // counsellor who follows them (the grid, an export): each half searches its own index.
  const ofSeekerStmt = db.prepare<{ seeker_id: string; counsellor_id: string | null }, AccessRow>(`
    SELECT a.*, u.display_name AS reader_name FROM (
      SELECT * FROM access_log WHERE seeker_id = @seeker_id
      UNION ALL
      SELECT * FROM access_log
      WHERE portfolio IS NOT NULL
        AND EXISTS (SELECT 1 FROM json_each(portfolio) WHERE value = @counsellor_id)
    ) a
    LEFT JOIN users u ON u.user_id = a.reader
    ORDER BY a.access_ref DESC`);
  const pruneStmt = db.prepare<{ before: string }>('DELETE FROM access_log WHERE at < @before');
  const deleteOfSeekerStmt = db.prepare<{ seeker_id: string }>(
    'DELETE FROM access_log WHERE seeker_id = @seeker_id',
  );
  let prunedOn: string | null = null;

  const repository = {
    record(reader: Reader, access: AccessRecord): void {
      const at = now();
      const today = at.toISOString().slice(0, 10);
      if (prunedOn !== today) {
        repository.prune();
        prunedOn = today;
      }
      const person = 'seekerId' in access;
      insertStmt.run({
        at: at.toISOString(),
        reader: reader.userId,
        reader_role: reader.role,
        what: access.what,
        seeker_id: person ? access.seekerId : null,
        portfolio: person ? null : JSON.stringify(access.portfolio),
        seekers: person ? null : access.seekers,
        details: JSON.stringify(access.details ?? {}),
      });
    },

    /** Newest first; `counsellorId`: who follows the person now (their portfolio's reads). */
    ofSeeker(seekerId: string, counsellorId: string | null): AccessLogEntry[] {
      return ofSeekerStmt.all({ seeker_id: seekerId, counsellor_id: counsellorId }).map(rowToEntry);
    },

    /** Deletes the entries older than the keeping time; returns how many. */
    prune(): number {
      const before = new Date(now().getTime() - ACCESS_LOG_KEEP_DAYS * DAY_MS).toISOString();
      return pruneStmt.run({ before }).changes;
    },

    /** A purged person's own entries (portfolio reads name no person and stay). */
    deleteOfSeeker(seekerId: string): number {
      return deleteOfSeekerStmt.run({ seeker_id: seekerId }).changes;
    },
  };
  return repository;
}

export type AccessLogRepository = ReturnType<typeof createAccessLogRepository>;
