// Users and sign-in on a real database file: scrypt hashes, the lock-out after repeated
// failures, disabled accounts, the administrator's CLI, and the demo's users.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { hashPassword, verifyPassword } from '../../electron/services/auth/passwords';
import { openDatabase } from '../../electron/services/db/database';
import {
  createUserRepository,
  LOCK_MINUTES,
  MAX_FAILED_ATTEMPTS,
} from '../../electron/services/db/user-repository';
import { importDemoCaseload } from '../../electron/services/demo/demo-database';
import { DEMO_PASSWORD } from '../../electron/services/demo/demo-users';
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

  it('locks an account after repeated failures, and lets it in again after the delay', () => {
    let clock = new Date('2026-11-21T09:00:00Z');
    const db = openDatabase(join(tempDir(), 'u.db'));
    const users = createUserRepository(db, () => clock);
    users.add(CAMILLE, 'long enough');
    expect(users.signIn('CNS-01', 'long enough')).toMatchObject({ ok: true, user: CAMILLE });
    // An unknown id and a wrong password look the same from outside.
    expect(users.signIn('NOBODY', 'long enough')).toEqual({
      ok: false,
      reason: 'unknown_or_wrong',
    });
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
      expect(users.signIn('CNS-01', 'wrong')).toEqual({ ok: false, reason: 'unknown_or_wrong' });
    }
    expect(users.signIn('CNS-01', 'long enough')).toMatchObject({ ok: false, reason: 'locked' });
    clock = new Date(clock.getTime() + (LOCK_MINUTES * 60 + 1) * 1000);
    expect(users.signIn('CNS-01', 'long enough')).toMatchObject({ ok: true });
    db.close();
  });

  it('a disabled account cannot sign in; a reset password lifts a lock', () => {
    const db = openDatabase(join(tempDir(), 'u.db'));
    const users = createUserRepository(db);
    users.add(CAMILLE, 'long enough');
    users.setDisabled('CNS-01', true);
    expect(users.signIn('CNS-01', 'long enough')).toEqual({ ok: false, reason: 'disabled' });
    users.setDisabled('CNS-01', false);
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) users.signIn('CNS-01', 'wrong');
    expect(users.signIn('CNS-01', 'long enough')).toMatchObject({ reason: 'locked' });
    users.resetPassword('CNS-01', 'a new password');
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
