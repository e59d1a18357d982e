// Facts about the database file itself, such as "this is the demo caseload".
import type { Database } from 'better-sqlite3';

export type AppMetaKey = 'demo';

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
