// Slows password guessing down without ever locking anyone out. Failed sign-ins are
// counted per identifier (whether or not it names an account: the same counting for
// both) and per client (the window in the desktop app, the remote address in the
// browser mode). After FREE_FAILURES failures in a row, the next attempt on that
// identifier or from that client waits before its password is even checked: 1 s, then
// twice as long after each further failure, at most MAX_DELAY_MS. The attempt is then
// checked like any other: the right password is accepted after its wait, so someone
// guessing at an account can make its owner wait, never refuse them.
export const FREE_FAILURES = 3;
export const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = 60_000;
/** A key with no failure for this long starts again from zero. */
export const FORGET_AFTER_MS = 60 * 60_000;
/** Per kind of key: past it, the oldest are forgotten (memory stays bounded). */
export const MAX_TRACKED_KEYS = 10_000;

interface Failures {
  count: number;
  lastAt: number;
}

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref?.());

/** How long an attempt waits after `count` failures in a row. */
export function delayAfter(count: number): number {
  if (count < FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (count - FREE_FAILURES), MAX_DELAY_MS);
}

class FailureCounts {
  private readonly byKey = new Map<string, Failures>();

  constructor(private readonly now: () => number) {}

  /** The milliseconds still to wait before an attempt under this key is checked. */
  remaining(key: string): number {
    const failures = this.current(key);
    if (!failures) return 0;
    return Math.max(0, failures.lastAt + delayAfter(failures.count) - this.now());
  }

  fail(key: string): void {
    const count = (this.current(key)?.count ?? 0) + 1;
    // Re-inserted so that the Map's order is the order of last failure.
    this.byKey.delete(key);
    this.byKey.set(key, { count, lastAt: this.now() });
    if (this.byKey.size > MAX_TRACKED_KEYS) {
      const oldest = this.byKey.keys().next().value;
      if (oldest !== undefined) this.byKey.delete(oldest);
    }
  }

  clear(key: string): void {
    this.byKey.delete(key);
  }

  private current(key: string): Failures | undefined {
    const failures = this.byKey.get(key);
    if (failures && this.now() - failures.lastAt > FORGET_AFTER_MS) {
      this.byKey.delete(key);
      return undefined;
    }
    return failures;
  }
}

export class SignInDelays {
  private readonly identifiers: FailureCounts;
  private readonly clients: FailureCounts;

  constructor(
    now: () => number,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.identifiers = new FailureCounts(now);
    this.clients = new FailureCounts(now);
  }

  /** The wait an attempt would have now (the longer of its identifier's and client's). */
  delayFor(identifier: string, client: string): number {
    return Math.max(this.identifiers.remaining(identifier), this.clients.remaining(client));
  }

  /** Resolves when an attempt for this identifier from this client may be checked. */
  async wait(identifier: string, client: string): Promise<void> {
    const ms = this.delayFor(identifier, client);
    if (ms > 0) await this.sleep(ms);
  }

  failed(identifier: string, client: string): void {
    this.identifiers.fail(identifier);
    this.clients.fail(client);
  }

  /**
   * The identifier starts again from zero; the client keeps its count, since one client
   * (every tab of the browser mode shares 127.0.0.1) may be guessing at other accounts.
   */
  succeeded(identifier: string): void {
    this.identifiers.clear(identifier);
  }
}
