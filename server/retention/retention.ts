// Retention (docs/privacy.md): a person stays in Jalon while imports carry them; once no
// import has carried their line for the retention period (an administrator's setting,
// 24 months by default), they are purged with everything held about them. The last
// import that carried a person is seekers.last_seen_at, set whether their journal
// changed or not (journal-writer.ts). A purge runs in one transaction: a crash leaves
// everyone or no one of that run. The trail records how many, never who.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  DEFAULT_RETENTION_MONTHS,
  isValidRetentionMonths,
  MAX_RETENTION_MONTHS,
  MIN_RETENTION_MONTHS,
  retentionCutoff,
} from '../../shared/api/retention';
import type { PurgeCounts, PurgeSummary, RetentionView } from '../../shared/api/retention';
import { createAppMetaRepository } from '../db/app-meta-repository';
import type { createAuditRepository } from '../db/audit-repository';
import { readTransaction, writeTransaction } from '../db/transactions';

type AuditRepository = Pick<ReturnType<typeof createAuditRepository>, 'append'>;

interface PersonTable {
  table: string;
  /** How its rows name the person: by the store's key or by the journals' identifier. */
  key: 'seeker_ref' | 'seeker_id';
}

/**
 * Every table, besides `seekers` itself, that holds rows about one person: the purge
 * empties each of them for the people it removes, children before parents. A table
 * added to the schema that names a person belongs here (a test compares this list with
 * the schema); the access log is one.
 */
export const PERSON_TABLES: readonly PersonTable[] = [
  { table: 'journal_actions', key: 'seeker_ref' },
  { table: 'journal_months', key: 'seeker_ref' },
  { table: 'analysis_results', key: 'seeker_ref' },
  { table: 'action_plan_items', key: 'seeker_ref' },
  { table: 'recommendation_dismissals', key: 'seeker_ref' },
  { table: 'seeker_notes', key: 'seeker_ref' },
  // Rejected or warned lines of past imports quote the person's line.
  { table: 'import_issues', key: 'seeker_id' },
  // Who read the person's file (access-log-repository.ts); portfolio reads name
  // counsellors, not people, and are left to the access log's own pruning.
  { table: 'access_log', key: 'seeker_id' },
];

/**
 * Tables that name a person and are kept on purpose, with why. The audit trail is the
 * record of who did what: it is append-only and chained, names people by identifier
 * only (never a name or a note), and outlives the people it mentions.
 */
export const TABLES_KEPT_AT_PURGE: Readonly<Record<string, string>> = {
  audit_log: 'append-only accountability record; identifiers only, no names or notes',
};

/** The trail's actor for the daily purge the app runs. */
export const RETENTION_ACTOR = 'system';

export class InvalidRetentionError extends Error {
  constructor(readonly value: unknown) {
    super(
      `the retention period must be a whole number of months from ${MIN_RETENTION_MONTHS} to ${MAX_RETENTION_MONTHS}; got ${String(value)}`,
    );
  }
}

/** The rows of `table` about the people last carried by an import before @cutoff. */
function rowsOf({ table, key }: PersonTable): string {
  return `FROM ${table} WHERE ${key} IN (SELECT ${key} FROM seekers WHERE last_seen_at < @cutoff)`;
}

export function createRetention(db: Database, audit: AuditRepository) {
  const meta = createAppMetaRepository(db);

  function months(): number {
    const stored = meta.get('retention_months');
    if (stored === undefined) return DEFAULT_RETENTION_MONTHS;
    const value = Number(stored);
    if (!isValidRetentionMonths(value)) throw new InvalidRetentionError(stored);
    return value;
  }

  const count = readTransaction(db, (cutoff: string): PurgeCounts => {
    const rows: Record<string, number> = {};
    for (const table of PERSON_TABLES) {
      rows[table.table] = (
        db.prepare(`SELECT count(*) AS n ${rowsOf(table)}`).get({ cutoff }) as { n: number }
      ).n;
    }
    const people = (
      db
        .prepare(`SELECT count(*) AS n FROM seekers WHERE last_seen_at < @cutoff`)
        .get({ cutoff }) as { n: number }
    ).n;
    return { people, rows };
  });

  const remove = writeTransaction(
    db,
    (summary: Omit<PurgeSummary, keyof PurgeCounts>, actor: string, today: string): PurgeCounts => {
      const { cutoff } = summary;
      const rows: Record<string, number> = {};
      for (const table of PERSON_TABLES) {
        rows[table.table] = db.prepare(`DELETE ${rowsOf(table)}`).run({ cutoff }).changes;
      }
      const people = db
        .prepare('DELETE FROM seekers WHERE last_seen_at < @cutoff')
        .run({ cutoff }).changes;
      if (people > 0) {
        audit.append({
          actor,
          action: 'retention.purge',
          details: { months: summary.months, cutoff, people, rows },
        });
      }
      meta.set('retention_last_run_on', today);
      return { people, rows };
    },
  );

  /**
   * Purges everyone last carried by an import before the cutoff (`today` minus the
   * period), or only counts them (`dryRun`). The freed pages are overwritten
   * (secure_delete) and the WAL written back into the file, so the removed text does
   * not linger on disk beyond the backups made before.
   */
  function purge(today: string, actor: string, dryRun: boolean): PurgeSummary {
    const period = months();
    const frame = { months: period, cutoff: retentionCutoff(today, period), dryRun };
    if (dryRun) return { ...frame, ...count(frame.cutoff) };
    const secureDelete = db.pragma('secure_delete', { simple: true }) as number;
    db.pragma('secure_delete = ON');
    let removed: PurgeCounts;
    try {
      removed = remove(frame, actor, today);
    } finally {
      db.pragma(`secure_delete = ${secureDelete}`);
    }
    // A reader still open (another process) leaves part of the WAL for a later checkpoint.
    if (removed.people > 0) db.pragma('wal_checkpoint(TRUNCATE)');
    return { ...frame, ...removed };
  }

  return {
    months,

    view(today: string): RetentionView {
      const current = months();
      return {
        months: current,
        defaultMonths: DEFAULT_RETENTION_MONTHS,
        cutoff: retentionCutoff(today, current),
        lastRunOn: meta.get('retention_last_run_on') ?? null,
      };
    },

    /** An administrator's change of the period, recorded in the trail; the next run applies it. */
    setMonths: writeTransaction(db, (value: number, actor: string): void => {
      if (!isValidRetentionMonths(value)) throw new InvalidRetentionError(value);
      const before = months();
      if (before === value) return;
      meta.set('retention_months', String(value));
      audit.append({
        actor,
        action: 'retention.update',
        details: { months: { from: before, to: value } },
      });
    }),

    purge,

    /** The daily run: purges once per calendar day (the app checks every hour); null when done already. */
    purgeIfDue(today: string): PurgeSummary | null {
      if (meta.get('retention_last_run_on') === today) return null;
      return purge(today, RETENTION_ACTOR, false);
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;
