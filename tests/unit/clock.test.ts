import { describe, expect, it } from 'vitest';
import { useTimeZone } from '../helpers/time-zone';
import { appClock, appToday } from '../../server/clock';

// JALON_NOW pins the day the app believes it is; the clock still ticks from there.
describe("the app's clock", () => {
  useTimeZone('Europe/Paris');

  it('is the system clock when nothing is set', () => {
    const before = Date.now();
    const now = appClock({})().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
    expect(appClock({ JALON_NOW: '' })().getTime()).toBeGreaterThanOrEqual(before);
  });

  it('starts on the day set, on the local calendar, and keeps ticking', async () => {
    const clock = appClock({ JALON_NOW: '2028-02-29' });
    expect(appToday(clock)).toBe('2028-02-29');
    const first = clock().getTime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock().getTime() - first).toBeGreaterThanOrEqual(15);
  });

  it('takes a full ISO date and time', () => {
    expect(appClock({ JALON_NOW: '2026-11-30T23:30:00Z' })().toISOString().slice(0, 16)).toBe(
      '2026-11-30T23:30',
    );
    // 00:30 on 1 December in Paris.
    expect(appToday(appClock({ JALON_NOW: '2026-11-30T23:30:00Z' }))).toBe('2026-12-01');
  });

  it('refuses a day that does not exist or a malformed value, naming the variable', () => {
    expect(() => appClock({ JALON_NOW: '2026-02-29' })).toThrow(/JALON_NOW.*"2026-02-29"/);
    expect(() => appClock({ JALON_NOW: '7 décembre' })).toThrow(
      /JALON_NOW: expected a date YYYY-MM-DD/,
    );
  });
});
