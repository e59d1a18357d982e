// Passwords are never stored, only a memory-hard derivation of them: scrypt, from
// Node's own crypto (OpenSSL), with a random salt per password. The stored string
// names its parameters, so they can be raised later and old hashes still verify.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** N = 2^15, r = 8: 32 MiB and tens of milliseconds per attempt, OWASP's scrypt floor. */
const COST = 2 ** 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_BYTES = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

export const MIN_PASSWORD_LENGTH = 8;

/**
 * What a sign-in checks the password against when the identifier names no account:
 * the same parameters as a real hash, so the same work (a key of zeros that no
 * password derives to, short of a 2^-256 chance).
 */
export const NO_ACCOUNT_HASH = [
  'scrypt',
  COST,
  BLOCK_SIZE,
  PARALLELISM,
  Buffer.alloc(16).toString('base64'),
  Buffer.alloc(KEY_BYTES).toString('base64'),
].join('$');

/** The two operations, injectable so that tests can count the derivations. */
export interface PasswordHasher {
  hash(password: string): string;
  verify(password: string, stored: string): boolean;
}

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, KEY_BYTES, {
    N: COST,
    r: BLOCK_SIZE,
    p: PARALLELISM,
    maxmem: MAX_MEMORY,
  });
  return [
    'scrypt',
    COST,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const [algorithm, n, r, p, salt, key] = stored.split('$');
  if (algorithm !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY,
  });
  return timingSafeEqual(actual, expected);
}

export const SCRYPT_HASHER: PasswordHasher = { hash: hashPassword, verify: verifyPassword };
