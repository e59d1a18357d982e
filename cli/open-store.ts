import { existsSync } from 'node:fs';
import type { Database } from '../electron/services/db/database';
import { DatabaseTooNewError, openDatabase } from '../electron/services/db/database';
import { resolveDatabasePath } from '../electron/services/app-paths';
import { CliError } from './cli-error';
import { say } from './messages';

export interface OpenStoreOptions {
  /** Refuse a missing file instead of creating one; opened read-only unless `writable`. */
  mustExist?: boolean;
  /** With mustExist: open the existing file for writing (to store analysis results). */
  writable?: boolean;
}

/** Opens (creating and migrating if needed) the database named by --db, JALON_DB or the default. */
export function openStore(dbOption: string | undefined, options: OpenStoreOptions = {}): Database {
  const path = resolveDatabasePath(dbOption);
  if (options.mustExist && !existsSync(path)) {
    throw new CliError(say.noDatabase(path));
  }
  try {
    return openDatabase(path, { readonly: (options.mustExist ?? false) && !options.writable });
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw new CliError(error.message);
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(say.cannotOpen(path, message));
  }
}
