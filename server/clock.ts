// The app's "now". JALON_NOW sets the day the app, the command line and the demo believe
// it is (YYYY-MM-DD, or a full ISO date and time): the tests pin the whole suite to a
// day of their choosing, and a demo can be shown as of any date. The clock keeps ticking
// from there, so whatever measures a duration (sessions, lock-outs, backups, imports)
// behaves as it does on the system clock.

import { localIsoDate } from './local-date';

export const CLOCK_VARIABLE = 'JALON_NOW';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The clock JALON_NOW sets, else the system's. A malformed value is an error, never ignored. */
export function appClock(env: NodeJS.ProcessEnv = process.env): () => Date {
  const setting = env[CLOCK_VARIABLE];
  if (setting === undefined || setting === '') return () => new Date();
  const start = startOf(setting);
  const startedAt = Date.now();
  return () => new Date(start + (Date.now() - startedAt));
}

/** Today on the local calendar, by the app's clock. */
export function appToday(clock: () => Date = appClock()): string {
  return localIsoDate(clock());
}

function startOf(setting: string): number {
  // A bare date is noon on the local calendar: that day wherever the machine's time zone.
  const text = DATE_ONLY.test(setting) ? `${setting}T12:00:00` : setting;
  const time = new Date(text).getTime();
  const sameDay = !DATE_ONLY.test(setting) || localIsoDate(new Date(time)) === setting;
  if (Number.isNaN(time) || !sameDay) {
    throw new Error(
      `${CLOCK_VARIABLE}: expected a date YYYY-MM-DD or an ISO date and time; got "${setting}"`,
    );
  }
  return time;
}
