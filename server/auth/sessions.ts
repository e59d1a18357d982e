// Who is signed in on each window (Electron) or tab (browser mode). A session is a
// random token held in memory: restarting Jalon signs everyone out. The user is read
// again from the database on every call, so disabling an account or changing a role
// takes effect at once; a session unused for IDLE_MINUTES ends by itself.
import { randomBytes } from 'node:crypto';
import type { SignedInUser } from '../../shared/auth/roles';
import type { CallContext } from '../../shared/api/contract';

export const IDLE_MINUTES = 120;

/** The client of a call that names none (the CLI, tests' bare services). */
export const LOCAL_CLIENT = 'local';

interface Session {
  user: SignedInUser;
  /** Users that are not rows of the users table (the CLI's report session). */
  fixedUser: boolean;
  printOf: string | null;
  lastSeen: number;
  /** Print sessions end at a fixed time whatever their use. */
  expiresAt: number | null;
}

export interface OpenOptions {
  printOf?: string | null;
  /** The user is not in the users table: keep it as given. */
  fixedUser?: boolean;
  lifetimeMs?: number;
}

export interface ResolvedSession {
  user: SignedInUser;
  printOf: string | null;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    /** The user as the database has it now; undefined when unknown or disabled. */
    private readonly currentUser: (userId: string) => SignedInUser | undefined,
    private readonly now: () => number = Date.now,
    private readonly idleMs = IDLE_MINUTES * 60_000,
  ) {}

  open(user: SignedInUser, options: OpenOptions = {}): string {
    const token = randomBytes(24).toString('hex');
    const at = this.now();
    this.sessions.set(token, {
      user,
      fixedUser: options.fixedUser ?? false,
      printOf: options.printOf ?? null,
      lastSeen: at,
      expiresAt: options.lifetimeMs === undefined ? null : at + options.lifetimeMs,
    });
    return token;
  }

  resolve(token: string | null | undefined): ResolvedSession | null {
    if (!token) return null;
    const session = this.sessions.get(token);
    if (!session) return null;
    const at = this.now();
    const expired =
      at - session.lastSeen > this.idleMs || (session.expiresAt !== null && at > session.expiresAt);
    const user = session.fixedUser ? session.user : this.currentUser(session.user.userId);
    if (expired || !user) {
      this.sessions.delete(token);
      return null;
    }
    session.lastSeen = at;
    session.user = user;
    return { user, printOf: session.printOf };
  }

  close(token: string | null | undefined): void {
    if (token) this.sessions.delete(token);
  }

  /** Ends every session of a user (disabled, or signed out everywhere). */
  closeAllOf(userId: string): void {
    for (const [token, session] of this.sessions) {
      if (session.user.userId === userId) this.sessions.delete(token);
    }
  }

  get size(): number {
    return this.sessions.size;
  }
}

/**
 * The call context of a transport whose session token travels with each call (the
 * browser mode's header) or is kept per window (Electron): `current` reads it,
 * `remember` stores a new one (or null when the session closes).
 */
export function contextFromToken(
  sessions: SessionStore,
  current: string | null,
  remember: (token: string | null) => void = () => {},
  client: string = LOCAL_CLIENT,
): CallContext {
  const resolved = sessions.resolve(current);
  return {
    user: resolved?.user ?? null,
    printOf: resolved?.printOf ?? null,
    client,
    session: {
      open(user) {
        sessions.close(current);
        const token = sessions.open(user);
        remember(token);
        return token;
      },
      close() {
        sessions.close(current);
        remember(null);
      },
    },
  };
}
