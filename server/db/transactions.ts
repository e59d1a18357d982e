// Every transaction of Jalon goes through these two, so that none reads first and then
// fails to write. Another process may write the same file at any moment (a `jalon
// import` while the app is open, two imports): a deferred transaction that has read
// cannot wait for the write lock without breaking its snapshot, so SQLite answers
// SQLITE_BUSY at once ("database is locked") instead of waiting busy_timeout. BEGIN
// IMMEDIATE takes the write lock first, waiting for it like any other statement.
import type { Database, Transaction } from 'better-sqlite3-multiple-ciphers';

// The parameters are whatever the caller's function takes (better-sqlite3-multiple-ciphers's own bound).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TransactionBody = (...args: any[]) => unknown;

/** A transaction that writes: the write lock from its first statement. */
export function writeTransaction<F extends TransactionBody>(
  db: Database,
  body: F,
): Transaction<F>['immediate'] {
  // eslint-disable-next-line no-restricted-syntax -- the one place transactions are made
  return db.transaction(body).immediate;
}

/** A transaction that only reads: one consistent snapshot, no lock taken. */
export function readTransaction<F extends TransactionBody>(
  db: Database,
  body: F,
): Transaction<F>['deferred'] {
  // eslint-disable-next-line no-restricted-syntax -- the one place transactions are made
  return db.transaction(body).deferred;
}
