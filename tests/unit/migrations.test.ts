import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { DatabaseTooNewError, openDatabase, schemaVersion } from '../../server/db/database';
import {
  assertMigrationOrder,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
} from '../../server/db/migrations';
import { useTempDir } from '../helpers/temp-dir';

const tableNames = (db: BetterSqlite3.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

/** A seeker row written by hand, with only the columns of migration 1. */
function insertBareSeeker(db: BetterSqlite3.Database): void {
  db.prepare(
    `INSERT INTO seekers (seeker_id, first_name, last_name, registered_on, category, modality, counsellor_id,
      digital_access, ore_rome, ore_max_distance_km, ore_contracts, content_hash, updated_at)
     VALUES ('S1','A','B','2026-01-01','A','suivi','C1',1,'[]',10,'[]','h','t')`,
  ).run();
}

describe('migrations', () => {
  const tempDir = useTempDir();

  it('are numbered 1, 2, 3… in order', () => {
    expect(() => assertMigrationOrder(MIGRATIONS)).not.toThrow();
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    const swapped = [MIGRATIONS[1]!, MIGRATIONS[0]!];
    expect(() => assertMigrationOrder(swapped)).toThrow(/out of order/);
  });

  it('1 creates the journal store as STRICT tables with working cascades', () => {
    const db = openDatabase(join(tempDir(), 'm1.db'), { migrations: MIGRATIONS.slice(0, 1) });
    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['journal_actions', 'journal_months', 'seekers']);
    const strict = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(strict.every((t) => (t as { strict: number }).strict === 1)).toBe(true);
    // STRICT refuses a wrong type instead of storing it.
    expect(() =>
      db
        .prepare(
          `INSERT INTO seekers (seeker_id, first_name, last_name, registered_on, category, modality, counsellor_id,
          digital_access, ore_rome, ore_max_distance_km, ore_contracts, content_hash, updated_at)
         VALUES ('S1','A','B','2026-01-01','A','suivi','C1',1,'[]','far','[]','h','t')`,
        )
        .run(),
    ).toThrow(/cannot store TEXT value in REAL column/);
    insertBareSeeker(db);
    db.prepare(
      "INSERT INTO journal_months (seeker_ref, period, entered_by) VALUES (1, '2026-01', 'seeker')",
    ).run();
    db.prepare(
      "INSERT INTO journal_actions (seeker_ref, period, date, action_id, type, outcome) VALUES (1, '2026-01', '2026-01-05', 'a1', 'cv_update', 'done')",
    ).run();
    // An action needs its month (foreign keys are on).
    expect(() =>
      db
        .prepare(
          "INSERT INTO journal_actions (seeker_ref, period, date, action_id, type, outcome) VALUES (1, '2026-02', '2026-02-05', 'a2', 'cv_update', 'done')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM seekers').run();
    expect(db.prepare('SELECT count(*) AS n FROM journal_actions').get()).toEqual({ n: 0 });
    db.close();
  });

  it('2 adds the import history on top of an existing version-1 file, keeping its data', () => {
    const path = join(tempDir(), 'm2.db');
    const v1 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    insertBareSeeker(v1);
    v1.close();
    const v2 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) });
    expect(schemaVersion(v2)).toBe(2);
    expect(tableNames(v2)).toEqual(expect.arrayContaining(['imports', 'import_issues']));
    expect(v2.prepare('SELECT seeker_id FROM seekers').all()).toEqual([{ seeker_id: 'S1' }]);
    expect(() =>
      v2
        .prepare(
          "INSERT INTO imports (files, format, started_at, status) VALUES ('[]', 'xml', 't', 'running')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    v2.close();
  });

  it('3 adds analysis results, deleted with their seeker', () => {
    const path = join(tempDir(), 'm3.db');
    openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) }).close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 3) });
    expect(schemaVersion(db)).toBe(3);
    insertBareSeeker(db);
    const insert = (attention: number) =>
      db
        .prepare(
          `INSERT OR REPLACE INTO analysis_results (seeker_ref, as_of, journal_hash, engine_version, settings_version,
            attention, signal_ids, result, computed_at) VALUES (1, '2026-11-01', 'h', '1', 'd', ?, '[]', '{}', 't')`,
        )
        .run(attention);
    insert(73);
    expect(() => insert(101)).toThrow(/CHECK constraint/);
    db.prepare('DELETE FROM seekers').run();
    expect(db.prepare('SELECT count(*) AS n FROM analysis_results').get()).toEqual({ n: 0 });
    db.close();
  });

  it('4 adds the months document to seekers, empty for journals written before it', () => {
    const path = join(tempDir(), 'm4.db');
    const v3 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 3) });
    insertBareSeeker(v3);
    v3.close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 4) });
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT months_document FROM seekers').get()).toEqual({
      months_document: null,
    });
    expect(() => db.prepare("UPDATE seekers SET months_document = x'00'").run()).toThrow(
      /cannot store BLOB value in TEXT column/,
    );
    db.close();
  });

  it('5 adds app facts, action plans and dismissals, kept across versions and deleted with their seeker', () => {
    const path = join(tempDir(), 'm5.db');
    const v4 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 4) });
    insertBareSeeker(v4);
    v4.close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 5) });
    expect(schemaVersion(db)).toBe(5);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['app_meta', 'action_plan_items', 'recommendation_dismissals']),
    );
    db.prepare("INSERT INTO app_meta (key, value) VALUES ('demo', '1')").run();
    const addItem = (status: string) =>
      db
        .prepare(
          `INSERT INTO action_plan_items (seeker_ref, recommendation_id, label, status, created_at)
           VALUES (1, 'cv_workshop', 'Atelier CV', ?, 't')`,
        )
        .run(status);
    addItem('todo');
    expect(() => addItem('maybe')).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO recommendation_dismissals (seeker_ref, recommendation_id, reason, dismissed_on,
             evidence_fingerprint, created_at) VALUES (99, 'cv_workshop', 'r', '2026-11-01', 'f', 't')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM seekers').run();
    expect(db.prepare('SELECT count(*) AS n FROM action_plan_items').get()).toEqual({ n: 0 });
    db.close();
  });

  it('6 adds the audit trail, append-only', () => {
    const path = join(tempDir(), 'm6.db');
    openDatabase(path, { migrations: MIGRATIONS.slice(0, 5) }).close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 6) });
    expect(schemaVersion(db)).toBe(6);
    db.prepare(
      `INSERT INTO audit_log (at, actor, action, details, previous_hash, hash)
       VALUES ('t', 'local', 'import', '{}', 'p', 'h')`,
    ).run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    db.close();
  });

  it('7 adds notes about a seeker, non-empty and deleted with their seeker', () => {
    const path = join(tempDir(), 'm7.db');
    const v6 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 6) });
    insertBareSeeker(v6);
    v6.close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 7) });
    expect(schemaVersion(db)).toBe(7);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['seeker_notes']));
    const addNote = (seekerRef: number, text: string) =>
      db
        .prepare("INSERT INTO seeker_notes (seeker_ref, text, created_at) VALUES (?, ?, 't')")
        .run(seekerRef, text);
    addNote(1, 'Appel : motivé, cherche une formation.');
    expect(() => addNote(1, '')).toThrow(/CHECK constraint/);
    expect(() => addNote(99, 'Personne inconnue')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM seekers').run();
    expect(db.prepare('SELECT count(*) AS n FROM seeker_notes').get()).toEqual({ n: 0 });
    db.close();
  });

  it('8 adds users with a checked role', () => {
    const path = join(tempDir(), 'm8.db');
    openDatabase(path, { migrations: MIGRATIONS.slice(0, 7) }).close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 8) });
    expect(schemaVersion(db)).toBe(8);
    const add = (id: string, role: string) =>
      db
        .prepare(
          `INSERT INTO users (user_id, display_name, role, password_hash, created_at)
           VALUES (?, 'N', ?, 'scrypt$x', 't')`,
        )
        .run(id, role);
    add('CNS-01', 'counsellor');
    expect(() => add('X', 'boss')).toThrow(/CHECK constraint/);
    expect(() => add('CNS-01', 'admin')).toThrow(/UNIQUE constraint/);
    db.close();
  });

  it('9 adds settings versions, append-only, with checked labels, JSON and reasons', () => {
    const path = join(tempDir(), 'm9.db');
    openDatabase(path, { migrations: MIGRATIONS.slice(0, 8) }).close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 9) });
    expect(schemaVersion(db)).toBe(9);
    const add = (version: string, settings: string, reason: string) =>
      db
        .prepare(
          `INSERT INTO settings_versions (version, settings, catalogue, created_at, created_by, reason)
           VALUES (?, ?, '[]', 't', 'RE-1', ?)`,
        )
        .run(version, settings, reason);
    add('v2', '{"inactivity":{"days":60}}', 'Seuil trop sensible');
    expect(() => add('v2', '{}', 'Encore')).toThrow(/UNIQUE constraint/);
    expect(() => add('default-1', '{}', 'Encore')).toThrow(/CHECK constraint/);
    expect(() => add('v3', '{not json', 'Encore')).toThrow(/CHECK constraint/);
    expect(() => add('v3', '{}', 'no')).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE settings_versions SET reason = 'autre'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM settings_versions').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT version FROM settings_versions').all()).toEqual([{ version: 'v2' }]);
    db.close();
  });

  it("10 adds seekers' category history, '[]' for journals written before it, JSON only", () => {
    const path = join(tempDir(), 'm10.db');
    const v9 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 9) });
    insertBareSeeker(v9);
    v9.close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 10) });
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT category_history FROM seekers').get()).toEqual({
      category_history: '[]',
    });
    expect(() => db.prepare("UPDATE seekers SET category_history = 'A then D'").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.close();
  });

  it('11 adds when an import last carried each seeker: the last completed import for journals before it', () => {
    const path = join(tempDir(), 'm11.db');
    const v10 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 10) });
    insertBareSeeker(v10);
    v10.prepare("UPDATE seekers SET updated_at = '2025-03-04T10:00:00.000Z'").run();
    const addImport = v10.prepare(
      "INSERT INTO imports (files, format, started_at, status) VALUES ('[]', 'jsonl', ?, ?)",
    );
    addImport.run('2026-06-01T08:00:00.000Z', 'completed');
    // A failed or interrupted run says nothing about who it carried.
    addImport.run('2026-07-01T08:00:00.000Z', 'failed');
    v10.close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 11) });
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare('SELECT last_seen_at FROM seekers').get()).toEqual({
      last_seen_at: '2026-06-01T08:00:00.000Z',
    });
    db.close();
    const noImport = openDatabase(join(tempDir(), 'm11-bare.db'), {
      migrations: MIGRATIONS.slice(0, 10),
    });
    insertBareSeeker(noImport);
    noImport.close();
    const bare = openDatabase(join(tempDir(), 'm11-bare.db'), {
      migrations: MIGRATIONS.slice(0, 11),
    });
    // Written by hand, never imported: seen when last written ('t' here).
    expect(bare.prepare('SELECT last_seen_at FROM seekers').pluck().get()).toBe('t');
    bare.close();
  });

  it("12 adds the access log (a person's read or a portfolio's, never both) and the dpo role, keeping the users", () => {
    const path = join(tempDir(), 'm12.db');
    const v11 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 11) });
    const addUser = (db: BetterSqlite3.Database, id: string, role: string) =>
      db
        .prepare(
          `INSERT INTO users (user_id, display_name, role, team, password_hash, failed_attempts, created_at)
           VALUES (?, 'N', ?, 'EQ-1', 'scrypt$x', 2, 't')`,
        )
        .run(id, role);
    addUser(v11, 'CNS-01', 'counsellor');
    expect(() => addUser(v11, 'DPO-1', 'dpo')).toThrow(/CHECK constraint/);
    v11.close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 12) });
    expect(schemaVersion(db)).toBe(12);
    expect(db.prepare('SELECT user_id, role, team, failed_attempts FROM users').all()).toEqual([
      { user_id: 'CNS-01', role: 'counsellor', team: 'EQ-1', failed_attempts: 2 },
    ]);
    addUser(db, 'DPO-1', 'dpo');
    expect(() => addUser(db, 'X', 'boss')).toThrow(/CHECK constraint/);
    const log = (seekerId: string | null, portfolio: string | null) =>
      db
        .prepare(
          `INSERT INTO access_log (at, reader, reader_role, what, seeker_id, portfolio)
           VALUES ('t', 'CNS-01', 'counsellor', 'seeker_page', ?, ?)`,
        )
        .run(seekerId, portfolio);
    log('S1', null);
    log(null, '["CNS-01"]');
    expect(() => log('S1', '["CNS-01"]')).toThrow(/CHECK constraint/);
    expect(() => log(null, null)).toThrow(/CHECK constraint/);
    expect(() => log(null, 'CNS-01')).toThrow(/CHECK constraint/);
    db.close();
  });

  it('13 drops the lock-out counters and keeps every user', () => {
    const path = join(tempDir(), 'm13.db');
    const v12 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 12) });
    v12
      .prepare(
        `INSERT INTO users (user_id, display_name, role, team, password_hash, failed_attempts, locked_until, created_at)
         VALUES ('CNS-01', 'N', 'counsellor', 'EQ-1', 'scrypt$x', 4, '2026-12-07T12:05:00Z', 't')`,
      )
      .run();
    v12.close();
    const db = openDatabase(path, { migrations: MIGRATIONS.slice(0, 13) });
    expect(schemaVersion(db)).toBe(13);
    const columns = db.prepare("SELECT name FROM pragma_table_info('users')").pluck().all();
    expect(columns).not.toContain('failed_attempts');
    expect(columns).not.toContain('locked_until');
    expect(db.prepare('SELECT user_id, role, team, password_hash FROM users').all()).toEqual([
      { user_id: 'CNS-01', role: 'counsellor', team: 'EQ-1', password_hash: 'scrypt$x' },
    ]);
    db.close();
  });

  it('opening twice does not migrate twice', () => {
    const path = join(tempDir(), 'twice.db');
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a database written by a newer Jalon, and leaves it untouched', () => {
    const path = join(tempDir(), 'newer.db');
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.exec('CREATE TABLE future_thing (x)');
    raw.close();
    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(path)).toThrow(/newer version of Jalon/);
    expect(() => openDatabase(path, { readonly: true })).toThrow(DatabaseTooNewError);
    const after = new BetterSqlite3(path);
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    after.close();
  });
});
