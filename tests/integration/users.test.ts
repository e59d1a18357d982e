// Users and sign-in on a real database file: scrypt hashes, the same work for an unknown
// identifier as for a real one, disabled accounts, the administrator's CLI, and the
// demo's users. The delays after failures are tests/integration/sign-in.test.ts's.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  hashPassword,
  NO_ACCOUNT_HASH,
  SCRYPT_HASHER,
  verifyPassword,
} from '../../server/auth/passwords';
import type { PasswordHasher } from '../../server/auth/passwords';
import { openDatabase } from '../../server/db/database';
import { createUserRepository } from '../../server/db/user-repository';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { DEMO_PASSWORD } from '../../server/demo/demo-users';
import { jalon } from '../helpers/cli';
import { useTempDir } from '../helpers/temp-dir';

const CAMILLE = {
  userId: 'CNS-01',
  displayName: 'Camille',
  role: 'counsellor',
  team: 'EQ-1',
} as const;

describe('users and sign-in', () => {
  const tempDir = useTempDir();

  it('stores a salted scrypt hash that verifies only the right password', () => {
    const a = hashPassword('correct horse');
    const b = hashPassword('correct horse');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(verifyPassword('correct horse', a)).toBe(true);
    expect(verifyPassword('correct hors', a)).toBe(false);
    expect(verifyPassword('correct horse', 'md5$abc')).toBe(false);
  });

  it('refuses a taken id, a short password and an unknown role', () => {
    const db = openDatabase(join(tempDir(), 'u.db'));
    const users = createUserRepository(db);
    users.add(CAMILLE, 'long enough');
    expect(() => users.add(CAMILLE, 'long enough')).toThrow('user CNS-01 already exists');
    expect(() => users.add({ ...CAMILLE, userId: 'X' }, 'short')).toThrow(/at least 8/);
    expect(() =>
      users.add({ ...CAMILLE, userId: 'Y', role: 'boss' as never }, 'long enough'),
    ).toThrow(/role must be one of/);
    db.close();
  });

  it('does the same work for an unknown id, a disabled account and a wrong password', () => {
    const db = openDatabase(join(tempDir(), 'u.db'));
    const derivations: { password: string; stored: string }[] = [];
    const counting: PasswordHasher = {
      hash: SCRYPT_HASHER.hash,
      verify(password, stored) {
        derivations.push({ password, stored });
        return SCRYPT_HASHER.verify(password, stored);
      },
    };
    const users = createUserRepository(db, () => new Date(), counting);
    users.add(CAMILLE, 'long enough');
    users.add({ ...CAMILLE, userId: 'CNS-02' }, 'long enough');
    users.setDisabled('CNS-02', true);

    /** What one attempt costs: derivations, rows written, and the parameters hashed with. */
    const workOf = (userId: string, password: string) => {
      derivations.length = 0;
      const changesBefore = db.prepare('SELECT total_changes() AS n').pluck().get();
      users.signIn(userId, password);
      return {
        derivations: derivations.length,
        parameters: derivations.map((d) => d.stored.split('$').slice(0, 4).join('$')),
        rowsWritten:
          (db.prepare('SELECT total_changes() AS n').pluck().get() as number) -
          (changesBefore as number),
      };
    };
    const real = workOf('CNS-01', 'wrong password');
    expect(real).toEqual({ derivations: 1, parameters: ['scrypt$32768$8$1'], rowsWritten: 0 });
    expect(workOf('NOBODY', 'wrong password')).toEqual(real);
    expect(workOf('CNS-02', 'long enough')).toEqual(real);
    expect(workOf('CNS-01', 'long enough')).toEqual(real);
    // The unknown id was checked against the stand-in hash, which nothing matches.
    workOf('NOBODY', 'long enough');
    expect(derivations).toEqual([{ password: 'long enough', stored: NO_ACCOUNT_HASH }]);
    expect(verifyPassword('', NO_ACCOUNT_HASH)).toBe(false);

    expect(users.signIn('NOBODY', 'long enough')).toEqual({
      ok: false,
      reason: 'unknown_account',
    });
    expect(users.signIn('CNS-01', 'wrong')).toEqual({
      ok: false,
      reason: 'wrong_password',
      account: 'CNS-01',
    });
    expect(users.signIn('CNS-02', 'long enough')).toEqual({
      ok: false,
      reason: 'disabled',
      account: 'CNS-02',
    });
    db.close();
  });

  it('a disabled account cannot sign in until enabled; a reset password replaces the old', () => {
    const db = openDatabase(join(tempDir(), 'u.db'));
    const users = createUserRepository(db);
    users.add(CAMILLE, 'long enough');
    users.setDisabled('CNS-01', true);
    expect(users.signIn('CNS-01', 'long enough')).toMatchObject({ ok: false, reason: 'disabled' });
    users.setDisabled('CNS-01', false);
    for (let i = 0; i < 10; i++) users.signIn('CNS-01', 'wrong');
    expect(users.signIn('CNS-01', 'long enough')).toMatchObject({ ok: true, user: CAMILLE });
    users.resetPassword('CNS-01', 'a new password');
    expect(users.signIn('CNS-01', 'long enough')).toMatchObject({ ok: false });
    expect(users.signIn('CNS-01', 'a new password')).toMatchObject({ ok: true });
    db.close();
  });

  it('jalon user add | list | disable | reset-password, passwords on standard input', () => {
    const db = join(tempDir(), 'cli.db');
    const add = jalon(
      [
        'user',
        'add',
        '--db',
        db,
        '--id',
        'RE-1',
        '--name',
        'Responsable',
        '--role',
        'team_lead',
        '--team',
        'EQ-1',
      ],
      {},
      'first password\n',
    );
    expect(add).toMatchObject({ status: 0, stdout: 'added RE-1 (team_lead)\n' });
    expect(
      jalon(
        ['user', 'add', '--db', db, '--id', 'RE-1', '--name', 'x', '--role', 'admin'],
        {},
        'another pw\n',
      ),
    ).toMatchObject({
      status: 1,
      stderr: 'jalon: user RE-1 already exists\n',
    });
    expect(jalon(['user', 'disable', '--db', db, '--id', 'RE-1']).status).toBe(0);
    const list = JSON.parse(jalon(['user', 'list', '--db', db, '--json']).stdout) as unknown[];
    expect(list).toEqual([
      {
        userId: 'RE-1',
        displayName: 'Responsable',
        role: 'team_lead',
        team: 'EQ-1',
        disabled: true,
      },
    ]);
    expect(
      jalon(['user', 'reset-password', '--db', db, '--id', 'RE-1'], {}, 'second password\n'),
    ).toMatchObject({
      status: 0,
    });
    const handle = openDatabase(db);
    const users = createUserRepository(handle);
    users.setDisabled('RE-1', false);
    expect(users.signIn('RE-1', 'first password')).toMatchObject({ ok: false });
    expect(users.signIn('RE-1', 'second password')).toMatchObject({ ok: true });
    handle.close();
  });

  it('the demo database has users of every role, with the documented password', async () => {
    const db = openDatabase(join(tempDir(), 'demo.db'));
    await importDemoCaseload(db, { seekers: 12, months: 6, seed: 3, endPeriod: '2026-10' });
    const users = createUserRepository(db);
    const roles = new Set(users.list().map((u) => u.role));
    expect([...roles].sort()).toEqual(['admin', 'controller', 'counsellor', 'dpo', 'team_lead']);
    expect(users.signIn('DPO-1', DEMO_PASSWORD)).toMatchObject({ ok: true, user: { role: 'dpo' } });
    expect(users.signIn('CNS-01', DEMO_PASSWORD)).toMatchObject({
      ok: true,
      user: { role: 'counsellor', team: 'EQ-1' },
    });
    expect(users.signIn('RE-2', DEMO_PASSWORD)).toMatchObject({ ok: true, user: { team: 'EQ-2' } });
    db.close();
  });
});
