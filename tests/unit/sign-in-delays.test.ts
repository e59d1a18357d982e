// The delays after failed sign-ins on their own, with the test's clock: how they grow,
// their ceiling, when a key is forgotten, and the bound on what is kept in memory.
import { describe, expect, it } from 'vitest';
import {
  delayAfter,
  FORGET_AFTER_MS,
  MAX_DELAY_MS,
  MAX_TRACKED_KEYS,
  SignInDelays,
} from '../../server/auth/sign-in-delays';

describe('sign-in delays', () => {
  it('are free for three failures, then double from one second up to the ceiling', () => {
    const delays = Array.from({ length: 12 }, (_, failures) => delayAfter(failures));
    expect(delays).toEqual([
      0,
      0,
      0,
      1000,
      2000,
      4000,
      8000,
      16000,
      32000,
      MAX_DELAY_MS,
      MAX_DELAY_MS,
      MAX_DELAY_MS,
    ]);
  });

  it('count down with the clock and forget a key an hour after its last failure', () => {
    let now = 0;
    const delays = new SignInDelays(() => now);
    for (let i = 0; i < 4; i++) delays.failed('CNS-01', 'window:1');
    expect(delays.delayFor('CNS-01', 'window:2')).toBe(2000);
    expect(delays.delayFor('RE-1', 'window:1')).toBe(2000);
    now = 1500;
    expect(delays.delayFor('CNS-01', 'window:2')).toBe(500);
    now = FORGET_AFTER_MS + 1;
    delays.failed('CNS-01', 'window:1');
    // Forgotten before this failure: it is the first of a new series.
    expect(delays.delayFor('CNS-01', 'window:1')).toBe(0);
  });

  it('keep at most MAX_TRACKED_KEYS identifiers, forgetting the oldest first', () => {
    const delays = new SignInDelays(() => 0);
    for (let i = 0; i < 4; i++) delays.failed('CNS-01', `client-${i}`);
    for (let i = 0; i < MAX_TRACKED_KEYS; i++) delays.failed(`guess-${i}`, 'client-x');
    expect(delays.delayFor('CNS-01', 'client-new')).toBe(0);
    expect(delays.delayFor(`guess-${MAX_TRACKED_KEYS - 1}`, 'client-new')).toBe(0);
    expect(delays.delayFor('anyone', 'client-x')).toBe(MAX_DELAY_MS);
  });

  it('wait through the sleep they are given, and not at all when nothing failed', async () => {
    const slept: number[] = [];
    const delays = new SignInDelays(
      () => 0,
      (ms) => {
        slept.push(ms);
        return Promise.resolve();
      },
    );
    await delays.wait('CNS-01', 'window:1');
    for (let i = 0; i < 3; i++) delays.failed('CNS-01', 'window:1');
    await delays.wait('CNS-01', 'window:9');
    delays.succeeded('CNS-01');
    await delays.wait('CNS-01', 'window:9');
    expect(slept).toEqual([1000]);
  });
});
