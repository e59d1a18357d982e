// The desktop app's key vault: each database's secret encrypted by Electron's
// safeStorage (the OS keychain: Keychain on macOS, DPAPI on Windows, the Secret Service
// or KWallet on Linux); only that encrypted blob is written to disk, 0600. Where the OS
// offers no keychain (on Linux, safeStorage's 'basic_text' backend uses a fixed
// password), the secret goes to a plain 0600 key file as for the CLI, and the log says so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretVault } from '../../server/keys/secret-file';
import {
  fileVault,
  parseSecret,
  readSecretFileBytes,
  createSecretFile,
} from '../../server/keys/secret-file';

/** The part of Electron's `safeStorage` this vault uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export interface SafeStorageVaultOptions {
  safeStorage: SafeStorageLike;
  dir: string;
  platform?: NodeJS.Platform;
  warn?: (message: string) => void;
}

export const KEYCHAIN_BLOB_SUFFIX = '.keychain';

function keychainUsable(safeStorage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return platform !== 'linux' || safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
}

export function safeStorageVault(options: SafeStorageVaultOptions): SecretVault {
  const { safeStorage, dir } = options;
  const platform = options.platform ?? process.platform;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const fallback = fileVault(dir);
  const blobPath = (name: string) => join(dir, `${name}${KEYCHAIN_BLOB_SUFFIX}`);
  return {
    load(name) {
      const path = blobPath(name);
      // A secret stored while no keychain was available stays in its key file.
      if (!existsSync(path)) return fallback.load(name);
      if (!safeStorage.isEncryptionAvailable()) {
        throw new Error(`the OS keychain is not available to decrypt ${path}`);
      }
      return parseSecret(safeStorage.decryptString(readSecretFileBytes(path)), path);
    },
    save(name, secret) {
      if (!keychainUsable(safeStorage, platform)) {
        warn(`no OS keychain available: the key of ${name} is kept in a 0600 file in ${dir}`);
        return fallback.save(name, secret);
      }
      createSecretFile(blobPath(name), safeStorage.encryptString(secret.toString('hex')));
      return this.load(name)!;
    },
  };
}
