// The audit trail: an append-only log of who did what, when, and why where a reason is
// asked. Each entry's hash covers its content and the previous entry's hash (a hash
// chain), and the head (count and last hash) is kept beside it: editing, deleting or
// reordering any entry, the last one included, is detected by verify().
//
// A database opened with its keys (database.ts) has a keyed chain: from its
// `audit.keyed` entry on, each hash is an HMAC-SHA256 under the audit key, which the file
// does not hold, so rewriting the chain needs the secret. Entries written before a
// database got its key keep their plain SHA-256 hashes (an anchored head from then stays
// valid, and the append-only triggers never have to be lifted): the `audit.keyed` entry,
// itself keyed, covers the last plain hash, so that prefix cannot be rewritten either,
// and verify() with the key refuses a chain that has no keyed part.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type {
  AuditAction,
  AuditEntryView,
  AuditPage,
  HistoryViewRecord,
} from '../../shared/api/audit';
import { createAppMetaRepository } from './app-meta-repository';
import { writeTransaction } from './transactions';

// The list is shared with the screens, which name each action in French.
export { AUDIT_ACTIONS } from '../../shared/api/audit';
export type { AuditAction } from '../../shared/api/audit';

export interface AuditEvent {
  /** Who: a user id once users exist; `local` for the desktop app's single user, `cli`. */
  actor: string;
  action: AuditAction;
  seekerId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditEntry {
  entryRef: number;
  at: string;
  actor: string;
  action: string;
  seekerId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  previousHash: string;
  hash: string;
}

export type AuditVerdict =
  | { intact: true; entries: number }
  | { intact: false; entries: number; brokenAt: number; reason: string };

export interface AuditRow {
  entry_ref: number;
  at: string;
  actor: string;
  action: string;
  seeker_id: string | null;
  reason: string | null;
  details: string;
  previous_hash: string;
  hash: string;
}

/** An entry as the trail's readers see it: with the actor's name, without the hashes. */
interface TrailRow {
  entry_ref: number;
  at: string;
  actor: string;
  actor_name: string | null;
  action: string;
  seeker_id: string | null;
  reason: string | null;
  details: string;
}

interface HistoryViewRow {
  entry_ref: number;
  at: string;
  actor: string;
  actor_name: string | null;
  seeker_id: string;
  first_name: string;
  last_name: string;
  reason: string | null;
}

/** Whose entries a reader sees: every one, or a team's (its people and its seekers). */
export type AuditScope = { kind: 'all' } | { kind: 'team'; team: string };

const GENESIS = '0'.repeat(64);

/** The entry from which a keyed chain's hashes are HMACs. */
export const KEYED_ACTION = 'audit.keyed';

/** The head as `jalon audit head` prints it and `--expect-head` takes it: count and hash. */
export interface AuditHead {
  entries: number;
  hash: string;
}

const HEAD_PATTERN = /^(\d+):([0-9a-f]{64})$/;

export function formatHead(head: AuditHead): string {
  return `${head.entries}:${head.hash}`;
}

export function parseHead(text: string): AuditHead | null {
  const match = HEAD_PATTERN.exec(text.trim());
  if (!match) return null;
  const entries = Number(match[1]);
  return entries >= 1 ? { entries, hash: match[2]! } : null;
}

/**
 * The audit keys of open databases, given by whoever opened them with their keys
 * (database.ts), so every repository on that connection writes and checks the keyed chain.
 */
const auditKeys = new WeakMap<Database, Buffer>();

export function useAuditKey(db: Database, key: Buffer): void {
  auditKeys.set(db, key);
}

/** `before` of the first page: above any entry_ref, so one range query serves every page. */
const NEWEST = Number.MAX_SAFE_INTEGER;

/**
 * The hash of an entry: its fields in a fixed order, then the previous entry's hash;
 * an HMAC under `key` in a keyed chain, a plain SHA-256 before it.
 */
export function entryHash(row: Omit<AuditRow, 'hash'>, key: Buffer | null = null): string {
  const content = JSON.stringify([
    row.entry_ref,
    row.at,
    row.actor,
    row.action,
    row.seeker_id,
    row.reason,
    row.details,
    row.previous_hash,
  ]);
  const digest = key ? createHmac('sha256', key) : createHash('sha256');
  return digest.update(content).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function rowToEntry(row: AuditRow): AuditEntry {
  return {
    entryRef: row.entry_ref,
    at: row.at,
    actor: row.actor,
    action: row.action,
    seekerId: row.seeker_id,
    reason: row.reason,
    details: JSON.parse(row.details) as Record<string, unknown>,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

function rowToView(row: TrailRow): AuditEntryView {
  return {
    entryRef: row.entry_ref,
    at: row.at,
    actor: row.actor,
    actorName: row.actor_name,
    action: row.action,
    seekerId: row.seeker_id,
    reason: row.reason,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

function rowToHistoryView(row: HistoryViewRow): HistoryViewRecord {
  return {
    entryRef: row.entry_ref,
    at: row.at,
    controller: row.actor,
    controllerName: row.actor_name,
    seekerId: row.seeker_id,
    seekerName: `${row.first_name} ${row.last_name}`,
    reason: row.reason ?? '',
  };
}

export function createAuditRepository(db: Database, now: () => Date = () => new Date()) {
  const meta = createAppMetaRepository(db);
  const key = auditKeys.get(db) ?? null;
  const lastStmt = db.prepare<[], Pick<AuditRow, 'entry_ref' | 'hash'>>(
    'SELECT entry_ref, hash FROM audit_log ORDER BY entry_ref DESC LIMIT 1',
  );
  const insertStmt = db.prepare(`
    INSERT INTO audit_log (entry_ref, at, actor, action, seeker_id, reason, details,
      previous_hash, hash)
    VALUES (@entry_ref, @at, @actor, @action, @seeker_id, @reason, @details, @previous_hash,
      @hash)`);
  const allStmt = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY entry_ref');
  const keyedStmt = db.prepare<{ action: string }, { entry_ref: number }>(
    'SELECT entry_ref FROM audit_log WHERE action = @action ORDER BY entry_ref LIMIT 1',
  );
  const ofSeekerStmt = db.prepare<{ seeker_id: string }, AuditRow>(
    'SELECT * FROM audit_log WHERE seeker_id = @seeker_id ORDER BY entry_ref',
  );

  const trailColumns = `a.entry_ref, a.at, a.actor, u.display_name AS actor_name, a.action,
    a.seeker_id, a.reason, a.details`;
  const pageStmt = db.prepare<{ before: number; limit: number }, TrailRow>(`
    SELECT ${trailColumns}
    FROM audit_log a LEFT JOIN users u ON u.user_id = a.actor
    WHERE a.entry_ref < @before
    ORDER BY a.entry_ref DESC LIMIT @limit`);
  // A team's entries: done by one of its people (the lead, a counsellor), or about a
  // seeker one of its counsellors follows now. Walked newest first by entry_ref and
  // filtered as it goes, which stays cheap on a trail of this size.
  const teamPageStmt = db.prepare<{ before: number; limit: number; team: string }, TrailRow>(`
    SELECT ${trailColumns}
    FROM audit_log a LEFT JOIN users u ON u.user_id = a.actor
    WHERE a.entry_ref < @before
      AND (
        a.actor IN (SELECT user_id FROM users WHERE team = @team)
        OR a.seeker_id IN (
          SELECT s.seeker_id FROM seekers s JOIN users c ON c.user_id = s.counsellor_id
          WHERE c.team = @team AND c.role = 'counsellor')
      )
    ORDER BY a.entry_ref DESC LIMIT @limit`);
  const historyViewsStmt = db.prepare<{ counsellor_id: string }, HistoryViewRow>(`
    SELECT a.entry_ref, a.at, a.actor, u.display_name AS actor_name, a.seeker_id,
      s.first_name, s.last_name, a.reason
    FROM seekers s
      JOIN audit_log a ON a.seeker_id = s.seeker_id AND a.action = 'history.view'
      LEFT JOIN users u ON u.user_id = a.actor
    WHERE s.counsellor_id = @counsellor_id
    ORDER BY a.entry_ref DESC`);

  const append = writeTransaction(db, (event: AuditEvent): AuditEntry => {
    const last = lastStmt.get();
    if (!key && keyedStmt.get({ action: KEYED_ACTION })) {
      throw new Error('the audit trail is keyed: open the database with its keys to write to it');
    }
    const unhashed = {
      entry_ref: (last?.entry_ref ?? 0) + 1,
      at: now().toISOString(),
      actor: event.actor,
      action: event.action,
      seeker_id: event.seekerId ?? null,
      reason: event.reason ?? null,
      details: JSON.stringify(event.details ?? {}),
      previous_hash: last?.hash ?? GENESIS,
    };
    const row: AuditRow = { ...unhashed, hash: entryHash(unhashed, key) };
    insertStmt.run(row);
    meta.set('audit_head', `${row.entry_ref}:${row.hash}`);
    return rowToEntry(row);
  });

  const seal = writeTransaction(db, (): AuditEntry | null => {
    if (keyedStmt.get({ action: KEYED_ACTION })) return null;
    const plainEntries = lastStmt.get()?.entry_ref ?? 0;
    return append({ actor: 'system', action: KEYED_ACTION, details: { plainEntries } });
  });

  return {
    /** Call inside the transaction of what it records, so both land or neither. */
    append(event: AuditEvent): AuditEntry {
      return append(event);
    },

    ofSeeker(seekerId: string): AuditEntry[] {
      return ofSeekerStmt.all({ seeker_id: seekerId }).map(rowToEntry);
    },

    /** Newest first, `limit` entries older than `before` (null: from the newest). */
    page(scope: AuditScope, before: number | null, limit: number): AuditPage {
      // One more than asked tells whether an older page exists.
      const bounds = { before: before ?? NEWEST, limit: limit + 1 };
      const rows =
        scope.kind === 'all'
          ? pageStmt.all(bounds)
          : teamPageStmt.all({ ...bounds, team: scope.team });
      const entries = rows.slice(0, limit).map(rowToView);
      const oldest = entries.at(-1);
      return { entries, nextBefore: rows.length > limit && oldest ? oldest.entryRef : null };
    },

    /**
     * The controllers' views of the seekers a counsellor follows, newest first. Not
     * paged: a view needs a stated reason, so they stay few.
     */
    historyViewsOf(counsellorId: string): HistoryViewRecord[] {
      return historyViewsStmt.all({ counsellor_id: counsellorId }).map(rowToHistoryView);
    },

    /**
     * Starts the keyed chain (an `audit.keyed` entry) unless it has begun; null when it
     * had. Needs the audit key: database.ts calls it when it opens a file with its keys.
     */
    seal(): AuditEntry | null {
      if (!key) throw new Error('sealing the audit trail needs its key');
      return seal();
    },

    /** The count and hash of the last entry; null on an empty trail. */
    head(): AuditHead | null {
      const last = lastStmt.get();
      return last ? { entries: last.entry_ref, hash: last.hash } : null;
    },

    /**
     * Walks the whole chain; the first entry that does not hold names where it broke.
     * `expected`: a head recorded outside the file earlier; the chain must still lead
     * through it (the same hash at that entry), so a truncated or re-chained trail fails.
     */
    verify(expected: AuditHead | null = null): AuditVerdict {
      let previous = GENESIS;
      let expectedRef = 1;
      let entries = 0;
      let keyed = false;
      for (const row of allStmt.iterate()) {
        const broken = (reason: string): AuditVerdict => ({
          intact: false,
          entries,
          brokenAt: row.entry_ref,
          reason,
        });
        if (row.entry_ref !== expectedRef) {
          return broken(`entry ${expectedRef} is missing (next is ${row.entry_ref})`);
        }
        if (row.previous_hash !== previous) {
          return broken('its previous hash does not match the entry before it');
        }
        if (row.action === KEYED_ACTION && !keyed) {
          if (!key) return broken('the trail is keyed (HMAC): its key is needed to verify it');
          keyed = true;
        }
        const { hash, ...unhashed } = row;
        if (!sameHash(entryHash(unhashed, keyed ? key : null), hash)) {
          return broken(
            keyed
              ? 'its content does not match its keyed hash (HMAC)'
              : 'its content does not match its hash',
          );
        }
        if (expected && row.entry_ref === expected.entries && !sameHash(hash, expected.hash)) {
          return broken('its hash differs from the expected head recorded outside the file');
        }
        previous = hash;
        expectedRef += 1;
        entries += 1;
      }
      if (key && entries > 0 && !keyed) {
        return {
          intact: false,
          entries,
          brokenAt: 1,
          reason:
            'the trail has no keyed part (no audit.keyed entry): it was rewritten without the key',
        };
      }
      if (expected && entries < expected.entries) {
        return {
          intact: false,
          entries,
          brokenAt: entries + 1,
          reason: `the trail ends at entry ${entries}, before the expected head (entry ${expected.entries})`,
        };
      }
      const head = meta.get('audit_head');
      const expectedHead = entries === 0 ? undefined : `${entries}:${previous}`;
      if (head !== expectedHead) {
        const headCount = Number(head?.split(':')[0] ?? 0);
        return {
          intact: false,
          entries,
          brokenAt: (headCount > entries ? entries : Math.min(headCount, entries)) + 1,
          reason: `the recorded head (${head ?? 'none'}) does not match the log's last entry`,
        };
      }
      return { intact: true, entries };
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
