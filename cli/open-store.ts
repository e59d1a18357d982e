import { existsSync } from 'node:fs';
import type { Database } from '../server/db/database';
import { DatabaseTooNewError, openDatabase } from '../server/db/database';
import { resolveDatabasePath, userDataDir } from '../server/app-paths';
import { isPlainDatabaseFile, resolveDatabaseKeys } from '../server/keys/database-keys';
import { fileVault, keysDirIn } from '../server/keys/secret-file';
import { CliError } from './cli-error';
import { say } from './messages';

export interface OpenStoreOptions {
  /** Refuse a missing file instead of creating one; opened read-only unless `writable`. */
  mustExist?: boolean;
  /** With mustExist: open the existing file for writing (to store analysis results). */
  writable?: boolean;
}

/**
 * Opens (creating and migrating if needed) the database named by --db, JALON_DB or the
 * default, with the key the app gave it (the key store, JALON_KEY or JALON_KEY_FILE).
 * The commands never create a key nor encrypt a plain file: the app does, at its start,
 * after a backup.
 */
export function openStore(dbOption: string | undefined, options: OpenStoreOptions = {}): Database {
  const path = resolveDatabasePath(dbOption);
  if (options.mustExist && !existsSync(path)) {
    throw new CliError(say.noDatabase(path));
  }
  try {
    const keys = resolveDatabaseKeys(path, {
      vault: fileVault(keysDirIn(userDataDir())),
      create: false,
    });
    // A plain file stays plain until the app's next start, which backs it up first.
    const plain = existsSync(path) && isPlainDatabaseFile(path);
    const readonly = (options.mustExist ?? false) && !options.writable;
    return openDatabase(path, { readonly, keys: plain ? null : keys });
  } catch (error) {
    if (error instanceof DatabaseTooNewError) throw new CliError(error.message);
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(say.cannotOpen(path, message));
  }
}
