// Runs a describe block's tests in a given time zone (TZ), restored after each test:
// a counsellor's "today" is on their calendar, not UTC's.
import { afterEach, beforeEach } from 'vitest';

export function useTimeZone(zone: string): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}
