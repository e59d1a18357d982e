// The day the whole suite believes it is. Tests must not depend on the day they run:
// every process the suite starts (jalon serve, the demo, the CLI) reads this through
// JALON_NOW. It defaults to 7 December, the middle of a declaration window (November still
// pending, December in progress), and can be set to any other day to run the suite on it:
// JALON_NOW=2028-02-29 npm test.
import { CLOCK_VARIABLE } from '../../server/clock';

export const DEFAULT_TEST_DAY = '2026-12-07';

/** Sets JALON_NOW for this process and its children unless the caller chose a day. */
export function pinTestClock(): string {
  const chosen = process.env[CLOCK_VARIABLE];
  if (chosen === undefined || chosen === '') process.env[CLOCK_VARIABLE] = DEFAULT_TEST_DAY;
  return process.env[CLOCK_VARIABLE]!;
}
