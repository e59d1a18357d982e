// The services behind the window: the database in the user data folder, the
// referentials, and on the very first start the demo caseload, so a new install opens
// on something to explore (the page shows the « Données de démonstration » banner).
import { createServices, localIsoDate } from '../services/api/handlers';
import type { Platform, Services } from '../services/api/handlers';
import { openDatabase } from '../services/db/database';
import { createJournalRepository } from '../services/db/journal-repository';
import { DEFAULT_DEMO, importDemoCaseload } from '../services/demo/demo-database';
import { loadReferentials } from '../services/reference/load-reference';

export interface AppServicesOptions {
  databasePath: string;
  platform: Platform;
  version: string;
  logError: (error: unknown) => void;
  now?: () => Date;
}

export interface AppServices {
  services: Services;
  /** Waits for a running import, then closes the database. */
  close(): Promise<void>;
}

export async function startAppServices(options: AppServicesOptions): Promise<AppServices> {
  const now = options.now ?? (() => new Date());
  const db = openDatabase(options.databasePath);
  try {
    const refs = loadReferentials();
    if (createJournalRepository(db).stats().seekers === 0) {
      const endPeriod = localIsoDate(now()).slice(0, 7);
      await importDemoCaseload(db, { ...DEFAULT_DEMO, endPeriod });
    }
    const services = createServices({
      db,
      refs,
      platform: options.platform,
      version: options.version,
      now,
      logError: options.logError,
    });
    return {
      services,
      async close() {
        await services.dispose();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
