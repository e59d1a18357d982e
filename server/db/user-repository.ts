// The people who use Jalon, their role and team, and the password check of a sign-in.
// Guessing is slowed down by the caller (auth/sign-in-delays.ts), never by refusing an
// account.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ROLES } from '../../shared/auth/roles';
import type { Role } from '../../shared/auth/roles';
import { MIN_PASSWORD_LENGTH, NO_ACCOUNT_HASH, SCRYPT_HASHER } from '../auth/passwords';
import type { PasswordHasher } from '../auth/passwords';

export { ROLES };
export type { Role };

export interface User {
  userId: string;
  displayName: string;
  role: Role;
  team: string | null;
  disabled: boolean;
}

/** Why a sign-in failed, for the audit trail only (the caller is told none of it). */
export type SignInFailure =
  | { ok: false; reason: 'unknown_account' }
  | { ok: false; reason: 'wrong_password' | 'disabled'; account: string };

export type SignInResult = { ok: true; user: User } | SignInFailure;

interface UserRow {
  user_id: string;
  display_name: string;
  role: string;
  team: string | null;
  password_hash: string;
  disabled: number;
}

/** A mistake the administrator can fix (taken id, short password…), said in one sentence. */
export class UserInputError extends Error {}

function rowToUser(row: UserRow): User {
  return {
    userId: row.user_id,
    displayName: row.display_name,
    role: row.role as Role,
    team: row.team,
    disabled: row.disabled === 1,
  };
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new UserInputError(`a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

export function createUserRepository(
  db: Database,
  now: () => Date = () => new Date(),
  passwords: PasswordHasher = SCRYPT_HASHER,
) {
  const byIdStmt = db.prepare<{ user_id: string }, UserRow>(
    'SELECT * FROM users WHERE user_id = @user_id',
  );
  const listStmt = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY role, user_id');
  const insertStmt = db.prepare(`
    INSERT INTO users (user_id, display_name, role, team, password_hash, created_at)
    VALUES (@user_id, @display_name, @role, @team, @password_hash, @created_at)`);
  const setDisabledStmt = db.prepare(
    'UPDATE users SET disabled = @disabled WHERE user_id = @user_id',
  );
  const setPasswordStmt = db.prepare(
    'UPDATE users SET password_hash = @password_hash WHERE user_id = @user_id',
  );

  function existing(userId: string): UserRow {
    const row = byIdStmt.get({ user_id: userId });
    if (!row) throw new UserInputError(`no user ${userId}`);
    return row;
  }

  return {
    add(user: Omit<User, 'disabled'>, password: string): User {
      if (!(ROLES as readonly string[]).includes(user.role)) {
        throw new UserInputError(`role must be one of ${ROLES.join(', ')}; got "${user.role}"`);
      }
      if (!/^[\w.-]{1,64}$/.test(user.userId)) {
        throw new UserInputError('a user id is 1–64 letters, digits, dots, dashes or underscores');
      }
      if (byIdStmt.get({ user_id: user.userId })) {
        throw new UserInputError(`user ${user.userId} already exists`);
      }
      checkPassword(password);
      insertStmt.run({
        user_id: user.userId,
        display_name: user.displayName,
        role: user.role,
        team: user.team,
        password_hash: passwords.hash(password),
        created_at: now().toISOString(),
      });
      return rowToUser(existing(user.userId));
    },

    get(userId: string): User | undefined {
      const row = byIdStmt.get({ user_id: userId });
      return row && rowToUser(row);
    },

    list(): User[] {
      return listStmt.all().map(rowToUser);
    },

    setDisabled(userId: string, disabled: boolean): User {
      existing(userId);
      setDisabledStmt.run({ user_id: userId, disabled: disabled ? 1 : 0 });
      return rowToUser(existing(userId));
    },

    resetPassword(userId: string, password: string): void {
      existing(userId);
      checkPassword(password);
      setPasswordStmt.run({ user_id: userId, password_hash: passwords.hash(password) });
    },

    /**
     * An unknown id, a disabled account and a wrong password do the same work (one
     * scrypt derivation, no write) and give the same answer to the caller; the
     * reason is for the audit trail only.
     */
    signIn(userId: string, password: string): SignInResult {
      const row = byIdStmt.get({ user_id: userId });
      const right = passwords.verify(password, row?.password_hash ?? NO_ACCOUNT_HASH);
      if (!row) return { ok: false, reason: 'unknown_account' };
      if (!right) return { ok: false, reason: 'wrong_password', account: row.user_id };
      if (row.disabled === 1) return { ok: false, reason: 'disabled', account: row.user_id };
      return { ok: true, user: rowToUser(row) };
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
