// The key store on real files: secrets kept outside the database, owner-only whatever
// the umask, one per database, found again by the CLI, and never replaced for a file
// that is already encrypted. The desktop vault runs against a fake safeStorage.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import {
  DatabaseKeyError,
  deriveKeys,
  resolveDatabaseKeys,
  secretNameFor,
} from '../../server/keys/database-keys';
import { fileVault, keysDirIn } from '../../server/keys/secret-file';
import { safeStorageVault } from '../../electron/main/safe-storage-vault';
import type { SafeStorageLike } from '../../electron/main/safe-storage-vault';
import { openDatabase } from '../../server/db/database';
import { useTempDir } from '../helpers/temp-dir';

const modeOf = (path: string) => statSync(path).mode & 0o777;
const SECRET_HEX = 'ab'.repeat(32);

/** Reversible and recognisable: the blob on disk must not hold the secret as written. */
function fakeSafeStorage(available = true, backend = 'gnome_libsecret'): SafeStorageLike {
  const wrap = (text: string) => Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a);
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.concat([Buffer.from('KEYCHAIN:'), wrap(text)]),
    decryptString: (blob) => {
      const prefix = Buffer.from('KEYCHAIN:');
      if (!blob.subarray(0, prefix.length).equals(prefix)) throw new Error('not a keychain blob');
      return Buffer.from(blob.subarray(prefix.length).map((byte) => byte ^ 0x5a)).toString('utf8');
    },
  };
}

describe('database keys', () => {
  const tempDir = useTempDir('jalon-keys-');
  let umask: number;

  beforeEach(() => {
    // The widest umask: the modes below must not come from it.
    umask = process.umask(0);
  });
  afterEach(() => {
    process.umask(umask);
  });

  it('creates a secret per database in a 0700 keys folder, as a 0600 file, and finds it again', () => {
    const keysDir = keysDirIn(join(tempDir(), 'user-data'));
    const vault = fileVault(keysDir);
    const a = join(tempDir(), 'data', 'a.db');
    const b = join(tempDir(), 'data', 'b.db');
    const keysOfA = resolveDatabaseKeys(a, { vault, create: true, env: {} });
    const keysOfB = resolveDatabaseKeys(b, { vault, create: true, env: {} });
    expect(keysOfA).not.toBeNull();
    expect(keysOfA!.databaseKey).toHaveLength(32);
    expect(keysOfA!.auditKey.equals(keysOfA!.databaseKey)).toBe(false);
    expect(keysOfB!.databaseKey.equals(keysOfA!.databaseKey)).toBe(false);

    expect(modeOf(keysDir)).toBe(0o700);
    const files = readdirSync(keysDir).sort();
    expect(files).toEqual([`${secretNameFor(a)}.key`, `${secretNameFor(b)}.key`].sort());
    for (const file of files) expect(modeOf(join(keysDir, file))).toBe(0o600);
    // Nothing is written beside the databases.
    expect(existsSync(join(tempDir(), 'data'))).toBe(false);

    const again = resolveDatabaseKeys(a, { vault, create: false, env: {} });
    expect(again!.databaseKey.equals(keysOfA!.databaseKey)).toBe(true);
    expect(again!.auditKey.equals(keysOfA!.auditKey)).toBe(true);
  });

  it('gives the commands no key for a plain database that has none, and creates none', () => {
    const keysDir = join(tempDir(), 'keys');
    const path = join(tempDir(), 'plain.db');
    openDatabase(path).close();
    expect(resolveDatabaseKeys(path, { vault: fileVault(keysDir), create: false, env: {} })).toBe(
      null,
    );
    expect(existsSync(keysDir)).toBe(false);
  });

  it('refuses to make a new key for a database already encrypted with a lost one', () => {
    const path = join(tempDir(), 'jalon.db');
    openDatabase(path, { keys: deriveKeys(Buffer.from(SECRET_HEX, 'hex')) }).close();
    const vault = fileVault(join(tempDir(), 'keys'));
    expect(() => resolveDatabaseKeys(path, { vault, create: true, env: {} })).toThrow(
      DatabaseKeyError,
    );
    expect(() => resolveDatabaseKeys(path, { vault, create: true, env: {} })).toThrow(
      /is encrypted and its key .* is not in the key store/,
    );
    expect(existsSync(join(tempDir(), 'keys'))).toBe(false);
  });

  it('takes the secret from JALON_KEY or JALON_KEY_FILE (created 0600) on a server', () => {
    const vault = fileVault(join(tempDir(), 'keys'));
    const path = join(tempDir(), 'jalon.db');
    const fromVariable = resolveDatabaseKeys(path, {
      vault,
      create: false,
      env: { JALON_KEY: SECRET_HEX },
    });
    expect(
      fromVariable!.databaseKey.equals(deriveKeys(Buffer.from(SECRET_HEX, 'hex')).databaseKey),
    ).toBe(true);
    expect(() =>
      resolveDatabaseKeys(path, { vault, create: false, env: { JALON_KEY: 'trop court' } }),
    ).toThrow('JALON_KEY: expected 64 hexadecimal characters (32 bytes)');

    const keyFile = join(tempDir(), 'secrets', 'jalon.key');
    const created = resolveDatabaseKeys(path, {
      vault,
      create: true,
      env: { JALON_KEY_FILE: keyFile },
    });
    expect(modeOf(keyFile)).toBe(0o600);
    expect(modeOf(join(tempDir(), 'secrets'))).toBe(0o700);
    const read = resolveDatabaseKeys(path, {
      vault,
      create: false,
      env: { JALON_KEY_FILE: keyFile },
    });
    expect(read!.auditKey.equals(created!.auditKey)).toBe(true);
    expect(existsSync(join(tempDir(), 'keys'))).toBe(false);
  });

  it('on the desktop, writes only the keychain-encrypted blob, 0600, and reads it back', () => {
    const dir = join(tempDir(), 'keys');
    const vault = safeStorageVault({ safeStorage: fakeSafeStorage(), dir, platform: 'linux' });
    const path = join(tempDir(), 'jalon.db');
    const keys = resolveDatabaseKeys(path, { vault, create: true, env: {} });
    const [file, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(file).toBe(`${secretNameFor(path)}.keychain`);
    expect(modeOf(join(dir, file!))).toBe(0o600);
    const blob = readFileSync(join(dir, file!));
    expect(blob.subarray(0, 9).toString()).toBe('KEYCHAIN:');
    const secret = vault.load(secretNameFor(path))!;
    expect(blob.includes(Buffer.from(secret.toString('hex')))).toBe(false);
    expect(deriveKeys(secret).databaseKey.equals(keys!.databaseKey)).toBe(true);
  });

  it('falls back to a 0600 key file, and says so, where the OS has no keychain', () => {
    for (const [available, backend] of [
      [false, 'unknown'],
      [true, 'basic_text'],
    ] as const) {
      const dir = join(tempDir(), `keys-${backend}`);
      const warnings: string[] = [];
      const vault = safeStorageVault({
        safeStorage: fakeSafeStorage(available, backend),
        dir,
        platform: 'linux',
        warn: (message) => warnings.push(message),
      });
      const name = secretNameFor(join(tempDir(), 'jalon.db'));
      vault.save(name, Buffer.from(SECRET_HEX, 'hex'));
      expect(readdirSync(dir)).toEqual([`${name}.key`]);
      expect(modeOf(join(dir, `${name}.key`))).toBe(0o600);
      expect(warnings).toEqual([expect.stringContaining('no OS keychain available')]);
      expect(vault.load(name)!.toString('hex')).toBe(SECRET_HEX);
    }
  });

  it('never replaces a secret: a second process giving the same database a key gets the first', () => {
    const name = secretNameFor(join(tempDir(), 'jalon.db'));
    const first = Buffer.from(SECRET_HEX, 'hex');
    const second = Buffer.from('cd'.repeat(32), 'hex');
    const files = fileVault(join(tempDir(), 'keys'));
    expect(files.save(name, first).equals(first)).toBe(true);
    expect(files.save(name, second).equals(first)).toBe(true);
    const keychain = safeStorageVault({
      safeStorage: fakeSafeStorage(),
      dir: join(tempDir(), 'keychain'),
      platform: 'linux',
    });
    expect(keychain.save(name, first).equals(first)).toBe(true);
    expect(keychain.save(name, second).equals(first)).toBe(true);
    // Only the kept files: no temporary file is left behind.
    expect(readdirSync(join(tempDir(), 'keys'))).toEqual([`${name}.key`]);
    expect(readdirSync(join(tempDir(), 'keychain'))).toEqual([`${name}.keychain`]);
  });

  it('reads a key file written by hand and rejects a damaged one, naming it', () => {
    const dir = join(tempDir(), 'keys');
    const vault = fileVault(dir);
    const path = join(tempDir(), 'jalon.db');
    vault.save(secretNameFor(path), Buffer.from(SECRET_HEX, 'hex'));
    const file = join(dir, `${secretNameFor(path)}.key`);
    writeFileSync(file, 'abc\n');
    expect(() => vault.load(secretNameFor(path))).toThrow(
      `${file}: expected 64 hexadecimal characters (32 bytes)`,
    );
  });

  it('opens an encrypted file only with its key', () => {
    const path = join(tempDir(), 'jalon.db');
    openDatabase(path, { keys: deriveKeys(Buffer.from(SECRET_HEX, 'hex')) }).close();
    const bare = new BetterSqlite3(path, { readonly: true });
    try {
      expect(() => bare.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(
        /not a database/,
      );
    } finally {
      bare.close();
    }
    expect(() =>
      openDatabase(path, { keys: deriveKeys(Buffer.from('cd'.repeat(32), 'hex')) }),
    ).toThrow(/not a database/);
    const reopened = openDatabase(path, { keys: deriveKeys(Buffer.from(SECRET_HEX, 'hex')) });
    expect(reopened.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    reopened.close();
  });
});
