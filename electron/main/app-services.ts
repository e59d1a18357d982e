// The services behind the window: the database in the user data folder, the
// referentials, and on the very first start the demo caseload, so a new install opens
// on something to explore (the page shows the « Données de démonstration » banner).
// A database that cannot be opened starts the app in recovery mode (the page says why
// and offers the last good backup), never a blank window: see docs/reliability.md.
import { localIsoDate } from '../../server/api/handlers';
import type { Platform } from '../../server/api/handlers';
import { startAppHost } from '../../server/host/app-host';
import { appClock } from '../../server/clock';
import type { AppHost } from '../../server/host/app-host';
import { createJournalRepository } from '../../server/db/journal-repository';
import { DEFAULT_DEMO } from '../../server/demo/demo-defaults';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { loadReferentials } from '../../server/reference/load-reference';
import type { DatabaseKeys } from '../../server/keys/database-keys';

export interface AppServicesOptions {
  databasePath: string;
  platform: Platform;
  version: string;
  logError: (error: unknown) => void;
  now?: () => Date;
  keys?: DatabaseKeys | null;
}

export interface AppServices {
  /** The API endpoint (stable across a restore) and the backups. */
  host: AppHost;
  /** Waits for a running import, then closes the database. */
  close(): Promise<void>;
}

export async function startAppServices(options: AppServicesOptions): Promise<AppServices> {
  const now = options.now ?? appClock();
  const host = await startAppHost({
    databasePath: options.databasePath,
    keys: options.keys ?? null,
    refs: loadReferentials(),
    platform: options.platform,
    version: options.version,
    now,
    logError: options.logError,
    async prepare(db) {
      if (createJournalRepository(db).stats().seekers === 0) {
        const asOf = localIsoDate(now());
        await importDemoCaseload(db, { ...DEFAULT_DEMO, endPeriod: asOf.slice(0, 7), asOf, now });
      }
    },
  });
  return { host, close: () => host.close() };
}
