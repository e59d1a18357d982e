// Facts about the database file itself, such as "this is the demo caseload".
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';

/**
 * `demo`: the file holds the demo caseload. `audit_head`: the count and hash of the
 * audit trail's last entry, written with it, so a deleted last entry is noticed too.
 * `database_id`: drawn at random once, carried by every backup of this database, so a
 * restore takes only copies of this very database.
 * `retention_months`, `retention_last_run_on`: the retention period an administrator
 * set, and the day of the last purge run (retention.ts).
 */
export type AppMetaKey =
  'demo' | 'audit_head' | 'database_id' | 'retention_months' | 'retention_last_run_on';

/** The database's id, drawn the first time it is asked for (the file must be writable). */
export function databaseIdOf(db: Database): string {
  db.prepare(
    "INSERT INTO app_meta (key, value) VALUES ('database_id', @id) ON CONFLICT (key) DO NOTHING",
  ).run({ id: randomUUID() });
  return db
    .prepare<[], string>("SELECT value FROM app_meta WHERE key = 'database_id'")
    .pluck()
    .get()!;
}

export function createAppMetaRepository(db: Database) {
  const getStmt = db.prepare<{ key: string }, { value: string }>(
    'SELECT value FROM app_meta WHERE key = @key',
  );
  const setStmt = db.prepare(
    `INSERT INTO app_meta (key, value) VALUES (@key, @value)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return {
    get(key: AppMetaKey): string | undefined {
      return getStmt.get({ key })?.value;
    },
    set(key: AppMetaKey, value: string): void {
      setStmt.run({ key, value });
    },
  };
}
