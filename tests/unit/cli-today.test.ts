import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentPeriod } from '../../cli/commands/seed';
import { localIsoDate } from '../../electron/services/api/local-date';

// A counsellor's "today" and "this month" are on the Paris calendar, not UTC's: on the
// first night of a month, between midnight and 1 or 2 a.m., UTC is still in the last one.
describe("the command line's today", () => {
  let savedTz: string | undefined;
  beforeEach(() => {
    savedTz = process.env.TZ;
    process.env.TZ = 'Europe/Paris';
  });
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('is the local date and month, also when UTC is still the day before', () => {
    const firstNight = new Date('2026-11-30T23:30:00Z'); // 00:30 on 1 December in Paris
    expect(localIsoDate(firstNight)).toBe('2026-12-01');
    expect(currentPeriod(firstNight)).toBe('2026-12');
    const summerEvening = new Date('2026-07-31T21:59:00Z'); // 23:59 on 31 July in Paris
    expect(currentPeriod(summerEvening)).toBe('2026-07');
  });
});
