// Signing in through the handlers as both transports do, over a real database file, with
// the test's own clock and sleep (no real time passes): growing waits after failures
// per identifier and per client, the right password accepted after its wait whoever
// failed before, one answer and one wait for an unknown id and a real one, what the
// audit trail keeps of a failure, and what app.info tells before sign-in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Services } from '../../server/api/handlers';
import { UNKNOWN_ACCOUNT_ACTOR } from '../../server/api/auth-handlers';
import { MAX_DELAY_MS } from '../../server/auth/sign-in-delays';
import { openDatabase } from '../../server/db/database';
import { dispatch } from '../../shared/api/dispatch';
import { addTestUsers, apiFor } from '../helpers/api';
import { testServices } from '../helpers/services';
import { useTempDir } from '../helpers/temp-dir';

const PASSWORD = 'mot-de-passe-de-test';

describe('sign-in', () => {
  const tempDir = useTempDir();
  let db: Database;
  let services: Services;
  let clock: Date;
  /** Every wait the sign-in asked for, in milliseconds; each moves the clock on. */
  let waits: number[];

  beforeEach(() => {
    clock = new Date('2026-12-07T09:00:00Z');
    waits = [];
    db = openDatabase(join(tempDir(), 'jalon.db'));
    services = testServices(db, {
      now: () => clock,
      sleep: (ms) => {
        waits.push(ms);
        clock = new Date(clock.getTime() + ms);
        return Promise.resolve();
      },
    });
    addTestUsers(services);
  });
  afterEach(() => db.close());

  /** One attempt from a client (a window, an address), as a caller with no session. */
  const signIn = (client: string, userId: string, password: string) =>
    dispatch(
      services.handlers,
      'auth.signIn',
      { userId, password },
      services.contextFor(null, undefined, client),
    );

  /** The waits of `count` wrong attempts in a row. */
  async function failures(client: string, userId: string, count: number): Promise<number[]> {
    const before = waits.length;
    for (let i = 0; i < count; i++) {
      expect(await signIn(client, userId, 'pas-le-bon')).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
    return waits.slice(before);
  }

  it('makes each attempt after the third failure wait twice as long, then accepts the right password', async () => {
    expect(await failures('window:1', 'CNS-01', 6)).toEqual([1000, 2000, 4000]);
    expect(await signIn('window:1', 'CNS-01', PASSWORD)).toMatchObject({
      ok: true,
      value: { user: { userId: 'CNS-01' } },
    });
    expect(waits.at(-1)).toBe(8000);
  });

  it('never refuses the right password, however long someone else has been guessing', async () => {
    const attacker = await failures('address:attacker', 'CNS-01', 20);
    expect(Math.max(...attacker)).toBe(MAX_DELAY_MS);
    // The owner, from another client, right after the attacker's last failure.
    waits = [];
    expect(await signIn('address:owner', 'CNS-01', PASSWORD)).toMatchObject({ ok: true });
    expect(waits).toEqual([MAX_DELAY_MS]);
    // The owner's success starts the identifier from zero, not the attacker's client:
    // its next failure brings back the longest wait.
    expect(await failures('address:attacker', 'CNS-01', 2)).toEqual([MAX_DELAY_MS]);
  });

  it('gives an unknown id the same answers and the same waits as a real one', async () => {
    const real: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < 6; i++) real.push(await signIn('window:1', 'CNS-01', 'pas-le-bon'));
    const realWaits = waits;
    waits = [];
    for (let i = 0; i < 6; i++) unknown.push(await signIn('window:2', 'PERSONNE', 'pas-le-bon'));
    expect(unknown).toEqual(real);
    expect(waits).toEqual(realWaits);
    expect(realWaits).toEqual([1000, 2000, 4000]);
    // A disabled account answers the same, even to its right password.
    services.context.users.setDisabled('CNS-01', true);
    expect(await signIn('window:3', 'CNS-01', PASSWORD)).toEqual(real[0]);
  });

  it('slows down a client that tries one password on many identifiers', async () => {
    for (const userId of ['A-1', 'A-2', 'A-3']) await signIn('address:spray', userId, PASSWORD);
    expect(waits).toEqual([]);
    await signIn('address:spray', 'A-4', PASSWORD);
    await signIn('address:spray', 'CNS-01', 'pas-le-bon');
    expect(waits).toEqual([1000, 2000]);
    // Another client is not held up by them.
    waits = [];
    expect(await signIn('address:other', 'RE-1', PASSWORD)).toMatchObject({ ok: true });
    expect(waits).toEqual([]);
  });

  it('records a failure under the account it names, or a fixed marker, never what was typed', async () => {
    await signIn('window:1', 'CNS-01', 'pas-le-bon');
    await signIn('window:1', 'mon-mot-de-passe-secret', 'pas-le-bon');
    const entries = db
      .prepare<[], { actor: string; action: string; details: string | null }>(
        'SELECT actor, action, details FROM audit_log ORDER BY entry_ref',
      )
      .all();
    expect(entries.map((e) => [e.actor, e.action, JSON.parse(e.details ?? 'null')])).toEqual([
      ['CNS-01', 'sign_in.failed', { reason: 'wrong_password' }],
      [UNKNOWN_ACCOUNT_ACTOR, 'sign_in.failed', { reason: 'unknown_account' }],
    ]);
    expect(JSON.stringify(entries)).not.toContain('mon-mot-de-passe-secret');
  });

  it('app.info names no database file before sign-in', async () => {
    const tab = apiFor(() => services, null);
    const before = await tab.call('app.info', {});
    expect(before).toMatchObject({ user: null, databasePath: null, counsellors: [] });
    expect(JSON.stringify(before)).not.toContain(tempDir());
    await tab.call('auth.signIn', { userId: 'CNS-01', password: PASSWORD });
    expect(await tab.call('app.info', {})).toMatchObject({ databasePath: db.name });
  });
});
