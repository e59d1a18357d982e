// The versions of the analysis settings and the recommendation catalogue. Each change
// a team lead saves is a new row ('v2', 'v3'…); with no row, the built-in version
// 'default-2' is in force. A stored result names the version that produced it, so a
// version is never edited (migration 9 refuses it).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { parseCatalogue, RECOMMENDATION_CATALOGUE } from '../../shared/analysis/recommendations';
import type { CatalogueEntry } from '../../shared/analysis/recommendations';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  storedSettingsToCurrent,
} from '../../shared/analysis/settings';
import type { AnalysisSettings, EditableSettings } from '../../shared/analysis/settings';
import type { SettingsVersionInfo } from '../../shared/api/settings';

export interface SettingsVersion {
  info: SettingsVersionInfo;
  settings: AnalysisSettings;
  catalogue: readonly CatalogueEntry[];
}

export interface NewSettingsVersion {
  settings: EditableSettings;
  catalogue: readonly CatalogueEntry[];
  createdBy: string;
  reason: string;
}

export const BUILT_IN_VERSION: SettingsVersion = {
  info: {
    version: DEFAULT_SETTINGS.version,
    changedAt: null,
    changedBy: null,
    changedByName: null,
    reason: null,
  },
  settings: DEFAULT_SETTINGS,
  catalogue: RECOMMENDATION_CATALOGUE,
};

interface InfoRow {
  version: string;
  created_at: string;
  created_by: string;
  created_by_name: string | null;
  reason: string;
}

interface VersionRow extends InfoRow {
  settings: string;
  catalogue: string;
}

function rowToInfo(row: InfoRow): SettingsVersionInfo {
  return {
    version: row.version,
    changedAt: row.created_at,
    changedBy: row.created_by,
    changedByName: row.created_by_name,
    reason: row.reason,
  };
}

// Read back through the schemas: a row that no longer passes them (written by hand, or
// by hand) fails here, not in the middle of an analysis. Fields renamed or added since a
// version was saved are mended first (storedSettingsToCurrent).
function rowToVersion(row: VersionRow): SettingsVersion {
  return {
    info: rowToInfo(row),
    settings: parseSettings({
      ...storedSettingsToCurrent(JSON.parse(row.settings) as Record<string, unknown>),
      version: row.version,
    }),
    catalogue: parseCatalogue(JSON.parse(row.catalogue)),
  };
}

const INFO_COLUMNS = `v.version, v.created_at, v.created_by, u.display_name AS created_by_name, v.reason
  FROM settings_versions v LEFT JOIN users u ON u.user_id = v.created_by`;

export function createSettingsRepository(db: Database) {
  const currentStmt = db.prepare<[], VersionRow>(
    `SELECT v.settings, v.catalogue, ${INFO_COLUMNS} ORDER BY v.version_ref DESC LIMIT 1`,
  );
  const historyStmt = db.prepare<[], InfoRow>(`SELECT ${INFO_COLUMNS} ORDER BY v.version_ref DESC`);
  const countStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM settings_versions');
  const insertStmt = db.prepare(`
    INSERT INTO settings_versions (version, settings, catalogue, created_at, created_by, reason)
    VALUES (@version, @settings, @catalogue, @created_at, @created_by, @reason)`);

  return {
    /** The version in force: the latest saved, or the built-in one. */
    current(): SettingsVersion {
      const row = currentStmt.get();
      return row ? rowToVersion(row) : BUILT_IN_VERSION;
    },

    /** Every version, newest first, the built-in one last. */
    history(): SettingsVersionInfo[] {
      return [...historyStmt.all().map(rowToInfo), BUILT_IN_VERSION.info];
    },

    /**
     * Saves a new version labelled after the last one ('v2' follows the built-in). The
     * caller checks it against the version in force, in the same transaction.
     */
    add(change: NewSettingsVersion, at: string): SettingsVersion {
      // Rows are never deleted (migration 9), so the count only grows.
      const version = `v${countStmt.get()!.n + 2}`;
      insertStmt.run({
        version,
        settings: JSON.stringify(change.settings),
        catalogue: JSON.stringify(change.catalogue),
        created_at: at,
        created_by: change.createdBy,
        reason: change.reason,
      });
      return this.current();
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
