import { describe, expect, it } from 'vitest';
import { useTimeZone } from '../helpers/time-zone';
import { demoEndFrom, demoEndingToday } from '../../cli/commands/seed';
import { localIsoDate } from '../../server/local-date';
import { say } from '../../cli/messages';

// A counsellor's "today" and "this month" are on the Paris calendar, not UTC's: on the
// first night of a month, between midnight and 1 or 2 a.m., UTC is still in the last one.
describe("the command line's today", () => {
  useTimeZone('Europe/Paris');

  it('is the local date and month, also when UTC is still the day before', () => {
    const firstNight = new Date('2026-11-30T23:30:00Z'); // 00:30 on 1 December in Paris
    expect(localIsoDate(firstNight)).toBe('2026-12-01');
    expect(demoEndingToday(firstNight)).toEqual({ endPeriod: '2026-12', asOf: '2026-12-01' });
    const summerEvening = new Date('2026-07-31T21:59:00Z'); // 23:59 on 31 July in Paris
    expect(demoEndingToday(summerEvening)).toEqual({ endPeriod: '2026-07', asOf: '2026-07-31' });
  });
});

describe('the end of a seeded demo (--end)', () => {
  const today = new Date('2026-12-07T12:00:00Z');

  it('is today by default, a chosen past day, or whole past months', () => {
    expect(demoEndFrom(undefined, today)).toEqual({ endPeriod: '2026-12', asOf: '2026-12-07' });
    expect(demoEndFrom('2026-10-20', today)).toEqual({ endPeriod: '2026-10', asOf: '2026-10-20' });
    expect(demoEndFrom('2026-10', today)).toEqual({ endPeriod: '2026-10' });
    // This month: up to today, not its whole.
    expect(demoEndFrom('2026-12', today)).toEqual({ endPeriod: '2026-12', asOf: '2026-12-07' });
  });

  it('is never after today, nor malformed', () => {
    // In the language of the command line (French unless the system is English).
    expect(() => demoEndFrom('2026-12-08', today)).toThrow(
      say.seed.endAfterToday('2026-12-08', '2026-12-07'),
    );
    expect(() => demoEndFrom('2027-01', today)).toThrow(
      say.seed.endAfterToday('2027-01', '2026-12-07'),
    );
    expect(() => demoEndFrom('décembre', today)).toThrow(say.seed.badEnd('décembre'));
  });
});
