// The database schema, as an ordered list of numbered migrations. A migration is
// never edited once released: a change is a new entry at the end. `user_version`
// holds the number of the last one applied.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'journal store: seekers, months, actions',
    up(db) {
      // Seekers keep their seeker_ref when their journal is replaced: notes, action
      // plans and results will hang off it. ORE lists are JSON arrays (read whole,
      // never queried inside).
      db.exec(`
        CREATE TABLE seekers (
          seeker_ref INTEGER PRIMARY KEY,
          seeker_id TEXT NOT NULL UNIQUE,
          first_name TEXT NOT NULL,
          last_name TEXT NOT NULL,
          birth_year INTEGER,
          commune TEXT,
          registered_on TEXT NOT NULL,
          category TEXT NOT NULL,
          modality TEXT NOT NULL,
          counsellor_id TEXT NOT NULL,
          digital_access INTEGER NOT NULL CHECK (digital_access IN (0, 1)),
          benefit_end TEXT,
          ore_rome TEXT NOT NULL,
          ore_max_distance_km REAL NOT NULL,
          ore_min_monthly_salary REAL,
          ore_contracts TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        -- The caseload grid lists one counsellor's portfolio.
        CREATE INDEX seekers_by_counsellor ON seekers (counsellor_id, seeker_id);

        CREATE TABLE journal_months (
          seeker_ref INTEGER NOT NULL REFERENCES seekers (seeker_ref) ON DELETE CASCADE,
          period TEXT NOT NULL,
          submitted_at TEXT,
          entered_by TEXT NOT NULL,
          mood INTEGER,
          comment TEXT,
          PRIMARY KEY (seeker_ref, period)
        ) STRICT, WITHOUT ROWID;

        -- Clustered by seeker then time: the seeker page and the analysis read one
        -- seeker's journal in order with a single range scan, and the key's prefix
        -- serves the foreign key to the month (no second index to maintain).
        -- Action ids are unique per seeker by validation, the only way rows get in.
        CREATE TABLE journal_actions (
          seeker_ref INTEGER NOT NULL,
          period TEXT NOT NULL,
          date TEXT NOT NULL,
          action_id TEXT NOT NULL,
          type TEXT NOT NULL,
          rome TEXT,
          employer TEXT,
          commune TEXT,
          channel TEXT,
          outcome TEXT NOT NULL,
          note TEXT,
          PRIMARY KEY (seeker_ref, period, date, action_id),
          FOREIGN KEY (seeker_ref, period) REFERENCES journal_months (seeker_ref, period)
            ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
      `);
    },
  },
  {
    version: 2,
    name: 'import history and rejected lines',
    up(db) {
      db.exec(`
        CREATE TABLE imports (
          import_ref INTEGER PRIMARY KEY,
          files TEXT NOT NULL,
          format TEXT NOT NULL CHECK (format IN ('jsonl', 'csv')),
          content_hash TEXT,
          started_at TEXT NOT NULL,
          finished_at TEXT,
          status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
          imported INTEGER NOT NULL DEFAULT 0,
          updated INTEGER NOT NULL DEFAULT 0,
          unchanged INTEGER NOT NULL DEFAULT 0,
          rejected INTEGER NOT NULL DEFAULT 0,
          warnings INTEGER NOT NULL DEFAULT 0,
          error TEXT
        ) STRICT;

        CREATE INDEX imports_by_hash ON imports (content_hash);

        -- Rejected lines keep their text so they can be shown, exported, fixed and
        -- imported again.
        CREATE TABLE import_issues (
          import_ref INTEGER NOT NULL REFERENCES imports (import_ref) ON DELETE CASCADE,
          seq INTEGER NOT NULL,
          severity TEXT NOT NULL CHECK (severity IN ('rejected', 'warning')),
          file TEXT NOT NULL,
          line INTEGER NOT NULL,
          seeker_id TEXT,
          reason TEXT NOT NULL,
          content TEXT,
          PRIMARY KEY (import_ref, seq)
        ) STRICT, WITHOUT ROWID;
      `);
    },
  },
  {
    version: 3,
    name: 'analysis results per seeker',
    up(db) {
      // One current result per seeker. It records what it was computed from (journal
      // hash, reference date, engine and settings versions): a result is stale when
      // any of them differs, so after an import only changed journals are recomputed.
      // The grid reads the small columns; the seeker page reads the whole result.
      db.exec(`
        CREATE TABLE analysis_results (
          seeker_ref INTEGER PRIMARY KEY REFERENCES seekers (seeker_ref) ON DELETE CASCADE,
          as_of TEXT NOT NULL,
          journal_hash TEXT NOT NULL,
          engine_version TEXT NOT NULL,
          settings_version TEXT NOT NULL,
          attention INTEGER NOT NULL CHECK (attention BETWEEN 0 AND 100),
          signal_ids TEXT NOT NULL,
          top_recommendation TEXT,
          result TEXT NOT NULL,
          computed_at TEXT NOT NULL
        ) STRICT;

        CREATE INDEX analysis_by_attention ON analysis_results (attention DESC, seeker_ref);
      `);
    },
  },
  {
    version: 4,
    name: 'each journal also as one compact document, for the analysis',
    up(db) {
      // The months and actions of a seeker as the import's flat encoding
      // (shared/journal/write-encoding.ts), written in the same transaction as the rows:
      // the analysis reads one row and one JSON.parse instead of a hundred-odd rows.
      // NULL until the journal is next written; readers then fall back to the rows.
      db.exec('ALTER TABLE seekers ADD COLUMN months_document TEXT');
    },
  },
  {
    version: 5,
    name: 'app facts, action plans and dismissed recommendations',
    up(db) {
      // app_meta: facts about the file itself (is it the demo caseload?). Plan items and
      // dismissals hang off seeker_ref, which survives a re-imported journal. Dismissals
      // are kept (never updated): the engine reads the latest per recommendation.
      db.exec(`
        CREATE TABLE app_meta (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE action_plan_items (
          item_ref INTEGER PRIMARY KEY,
          seeker_ref INTEGER NOT NULL REFERENCES seekers (seeker_ref) ON DELETE CASCADE,
          recommendation_id TEXT,
          label TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done', 'cancelled')),
          due_on TEXT,
          created_at TEXT NOT NULL
        ) STRICT;

        CREATE INDEX action_plan_by_seeker ON action_plan_items (seeker_ref, item_ref);

        CREATE TABLE recommendation_dismissals (
          dismissal_ref INTEGER PRIMARY KEY,
          seeker_ref INTEGER NOT NULL REFERENCES seekers (seeker_ref) ON DELETE CASCADE,
          recommendation_id TEXT NOT NULL,
          reason TEXT NOT NULL,
          dismissed_on TEXT NOT NULL,
          evidence_fingerprint TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;

        CREATE INDEX dismissals_by_seeker ON recommendation_dismissals (seeker_ref, dismissal_ref);
      `);
    },
  },
  {
    version: 6,
    name: 'audit trail: an append-only, hash-chained log',
    up(db) {
      // Who did what and when. Each entry carries the hash of the one before it, so an
      // edited or deleted entry breaks the chain (audit-repository.ts verifies it);
      // the triggers refuse casual edits. `details` is JSON, never queried inside.
      db.exec(`
        CREATE TABLE audit_log (
          entry_ref INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          seeker_id TEXT,
          reason TEXT,
          details TEXT NOT NULL,
          previous_hash TEXT NOT NULL,
          hash TEXT NOT NULL
        ) STRICT;

        CREATE INDEX audit_by_seeker ON audit_log (seeker_id, entry_ref);

        CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

        CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      `);
    },
  },
  {
    version: 7,
    name: 'counsellor notes about a seeker',
    up(db) {
      // Like the plan, notes hang off seeker_ref so they survive a re-imported journal.
      db.exec(`
        CREATE TABLE seeker_notes (
          note_ref INTEGER PRIMARY KEY,
          seeker_ref INTEGER NOT NULL REFERENCES seekers (seeker_ref) ON DELETE CASCADE,
          text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
          created_at TEXT NOT NULL
        ) STRICT;

        CREATE INDEX notes_by_seeker ON seeker_notes (seeker_ref, note_ref);
      `);
    },
  },
  {
    version: 8,
    name: 'users, their roles and sign-in failures',
    up(db) {
      // A counsellor's user_id is their counsellor_id in the journals: that is how
      // their portfolio is found. password_hash is self-describing (algorithm,
      // parameters, salt): stronger parameters later need no migration.
      db.exec(`
        CREATE TABLE users (
          user_id TEXT PRIMARY KEY,
          display_name TEXT NOT NULL,
          role TEXT NOT NULL CHECK (role IN ('counsellor', 'team_lead', 'controller', 'admin')),
          team TEXT,
          password_hash TEXT NOT NULL,
          disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
          failed_attempts INTEGER NOT NULL DEFAULT 0,
          locked_until TEXT,
          created_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 9,
    name: 'versions of the analysis settings and the recommendation catalogue',
    up(db) {
      // One row per change a team lead saved; no row means the built-in version (default-1 then; default-2 since the declaration window and the categories expected to search).
      // A stored result names its version (analysis_results.settings_version), so a
      // version is never edited or deleted: the triggers refuse it, as for the trail.
      // Both documents are JSON, read whole.
      db.exec(`
        CREATE TABLE settings_versions (
          version_ref INTEGER PRIMARY KEY,
          version TEXT NOT NULL UNIQUE CHECK (version GLOB 'v[1-9]*'),
          settings TEXT NOT NULL CHECK (json_valid(settings)),
          catalogue TEXT NOT NULL CHECK (json_valid(catalogue)),
          created_at TEXT NOT NULL,
          created_by TEXT NOT NULL,
          reason TEXT NOT NULL CHECK (length(reason) BETWEEN 3 AND 500)
        ) STRICT;

        CREATE TRIGGER settings_versions_append_only_update BEFORE UPDATE ON settings_versions
        BEGIN SELECT RAISE(ABORT, 'settings_versions is append-only'); END;

        CREATE TRIGGER settings_versions_append_only_delete BEFORE DELETE ON settings_versions
        BEGIN SELECT RAISE(ABORT, 'settings_versions is append-only'); END;
      `);
    },
  },
  {
    version: 10,
    name: "seekers' category history",
    up(db) {
      // The steps of a person's category history, as JSON read whole with the seeker
      // (a few steps at most, never queried on their own). Journals written before it
      // have told no history: '[]'.
      db.exec(`
        ALTER TABLE seekers ADD COLUMN category_history TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(category_history));
      `);
    },
  },
  {
    version: 11,
    name: 'when an import last carried each seeker',
    up(db) {
      // The retention period counts from the last import that carried a person's line,
      // changed or not (retention.ts). Before it, an unchanged line left no trace: each
      // person is taken as seen by the last completed import (or when last written, if
      // later), so that no one still carried is purged; one who had left is purged one
      // period after that import instead of earlier.
      db.exec(`
        ALTER TABLE seekers ADD COLUMN last_seen_at TEXT NOT NULL DEFAULT '';
        UPDATE seekers SET last_seen_at = max(updated_at, coalesce(
          (SELECT max(started_at) FROM imports WHERE status = 'completed'), ''));
      `);
    },
  },
  {
    version: 12,
    name: "the access log, and the data-protection officer's role",
    up(db) {
      // Who read whose file and when (access-log-repository.ts): one row per person's
      // page, report or history read, one per portfolio read with its count. Kept
      // ACCESS_LOG_KEEP_DAYS, then pruned: unlike the audit trail it is not a chain.
      db.exec(`
        CREATE TABLE access_log (
          access_ref INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          reader TEXT NOT NULL,
          reader_role TEXT NOT NULL,
          what TEXT NOT NULL,
          seeker_id TEXT,
          portfolio TEXT CHECK (portfolio IS NULL OR json_valid(portfolio)),
          seekers INTEGER,
          details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
          CHECK ((seeker_id IS NULL) <> (portfolio IS NULL))
        ) STRICT;

        CREATE INDEX access_log_by_seeker ON access_log (seeker_id, access_ref);
        CREATE INDEX access_log_portfolio_reads ON access_log (access_ref)
          WHERE portfolio IS NOT NULL;
        CREATE INDEX access_log_by_time ON access_log (at);
      `);
      // The role list is a CHECK of the users table: SQLite changes one only by
      // rebuilding the table, done from its own stored definition so that every
      // column (and any index) an earlier migration added comes along.
      const definition = (
        db
          .prepare<[], { sql: string }>("SELECT sql FROM sqlite_schema WHERE name = 'users'")
          .get() ?? { sql: '' }
      ).sql;
      const roles = "'counsellor', 'team_lead', 'controller', 'admin'";
      if (!definition.includes(roles)) throw new Error('users: unexpected role check');
      const indexes = db
        .prepare<[], { sql: string }>(
          "SELECT sql FROM sqlite_schema WHERE tbl_name = 'users' AND type IN ('index', 'trigger') AND sql IS NOT NULL",
        )
        .all();
      db.exec(`
        ${definition.replace('CREATE TABLE users', 'CREATE TABLE users_with_dpo').replace(roles, `${roles}, 'dpo'`)};
        INSERT INTO users_with_dpo SELECT * FROM users;
        DROP TABLE users;
        ALTER TABLE users_with_dpo RENAME TO users;
        ${indexes.map((i) => `${i.sql};`).join('\n')}
      `);
    },
  },
  {
    version: 13,
    name: 'the lock-out counters go',
    up(db) {
      // Sign-in no longer locks an account: guessing is slowed per identifier and per
      // client in memory (auth/sign-in-delays.ts), so these counters are neither
      // written nor read, and a stale locked_until must not outlive the rule.
      db.exec(`
        ALTER TABLE users DROP COLUMN failed_attempts;
        ALTER TABLE users DROP COLUMN locked_until;
      `);
    },
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Refuses a list whose numbers are not 1, 2, 3…: a merge that reordered or skipped one. */
export function assertMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `Migration list out of order: position ${i + 1} holds version ${m.version} (${m.name})`,
      );
    }
  });
}
