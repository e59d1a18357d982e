// The people who use Jalon, their role and team, and sign-in with a lock-out: after
// MAX_FAILED_ATTEMPTS wrong passwords in a row the account waits LOCK_MINUTES, which
// makes guessing slow without locking anyone out for good.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ROLES } from '../../../shared/auth/roles';
import type { Role } from '../../../shared/auth/roles';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/passwords';

export { ROLES };
export type { Role };

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 5;

export interface User {
  userId: string;
  displayName: string;
  role: Role;
  team: string | null;
  disabled: boolean;
}

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; reason: 'unknown_or_wrong' | 'disabled' | 'locked'; lockedUntil?: string };

interface UserRow {
  user_id: string;
  display_name: string;
  role: string;
  team: string | null;
  password_hash: string;
  disabled: number;
  failed_attempts: number;
  locked_until: string | null;
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

export function createUserRepository(db: Database, now: () => Date = () => new Date()) {
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
  const setPasswordStmt = db.prepare(`
    UPDATE users SET password_hash = @password_hash, failed_attempts = 0, locked_until = NULL
    WHERE user_id = @user_id`);
  const recordFailureStmt = db.prepare(`
    UPDATE users SET failed_attempts = @failed_attempts, locked_until = @locked_until
    WHERE user_id = @user_id`);
  const clearFailuresStmt = db.prepare(
    'UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE user_id = @user_id',
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
        password_hash: hashPassword(password),
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
      setPasswordStmt.run({ user_id: userId, password_hash: hashPassword(password) });
    },

    /**
     * An unknown id and a wrong password give the same answer (no way to probe for
     * ids); a locked account is refused before its password is even checked.
     */
    signIn(userId: string, password: string): SignInResult {
      const row = byIdStmt.get({ user_id: userId });
      if (!row) return { ok: false, reason: 'unknown_or_wrong' };
      const at = now();
      if (row.locked_until && row.locked_until > at.toISOString()) {
        return { ok: false, reason: 'locked', lockedUntil: row.locked_until };
      }
      if (!verifyPassword(password, row.password_hash)) {
        const failures = row.failed_attempts + 1;
        const locks = failures >= MAX_FAILED_ATTEMPTS;
        recordFailureStmt.run({
          user_id: userId,
          failed_attempts: locks ? 0 : failures,
          locked_until: locks ? new Date(at.getTime() + LOCK_MINUTES * 60_000).toISOString() : null,
        });
        return { ok: false, reason: 'unknown_or_wrong' };
      }
      if (row.disabled === 1) return { ok: false, reason: 'disabled' };
      clearFailuresStmt.run({ user_id: userId });
      return { ok: true, user: rowToUser(row) };
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
