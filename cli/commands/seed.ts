import type { Command } from 'commander';
import { generateDemoCaseload } from '../../shared/demo';
import { isIsoDate, isPeriod } from '../../shared/journal/dates';
import { writeCsvPair, writeJsonLines } from '../../electron/services/export/export-journals';
import { loadReferentials } from '../../electron/services/reference/load-reference';
import { localIsoDate } from '../../electron/services/api/local-date';
import { appClock } from '../../electron/services/clock';
import { CliError, EXIT } from '../cli-error';

interface SeedOptions {
  seekers: string;
  months: string;
  seed: string;
  end?: string;
  out: string;
  format: string;
}

function positiveInt(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new CliError(
      `${name} must be a whole number from 1 to ${max}, not ${JSON.stringify(value)}`,
      EXIT.usage,
    );
  }
  return n;
}

/** A demo made on a day: its months end with that day's, and nothing is dated after it. */
export interface DemoEnd {
  endPeriod: string;
  asOf?: string;
}

/** A demo as of today, on the counsellor's calendar (UTC's day differs on the first night). */
export function demoEndingToday(date = appClock()()): Required<DemoEnd> {
  const today = localIsoDate(date);
  return { endPeriod: today.slice(0, 7), asOf: today };
}

/**
 * `--end`: a day (the demo as it stood then), or a month, past (whole months) or this one
 * (up to today). Never after today: an import refuses what has not happened yet.
 */
export function demoEndFrom(end: string | undefined, date = appClock()()): DemoEnd {
  const today = demoEndingToday(date);
  if (end === undefined) return today;
  if (!isPeriod(end) && !isIsoDate(end)) {
    throw new CliError(
      `--end must be a month YYYY-MM or a day YYYY-MM-DD, not ${JSON.stringify(end)}`,
      EXIT.usage,
    );
  }
  if (end > today.asOf || (isPeriod(end) && end > today.endPeriod)) {
    throw new CliError(`--end: ${end} is after today (${today.asOf})`, EXIT.usage);
  }
  if (isIsoDate(end)) return { endPeriod: end.slice(0, 7), asOf: end };
  return end === today.endPeriod ? today : { endPeriod: end };
}

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description(
      'Write a realistic, deterministic demo caseload in the exchange format (same options, same bytes).',
    )
    .requiredOption(
      '--out <path>',
      'output file (jsonl) or folder (csv: seekers.csv + actions.csv)',
    )
    .option('--seekers <n>', 'number of seekers', '300')
    .option('--months <n>', 'months of journal per seeker', '24')
    .option('--seed <n>', 'random seed', '1')
    .option(
      '--end <YYYY-MM[-DD]>',
      'the day the demo is made on, or its last whole month (default: today; never later)',
    )
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .action((options: SeedOptions) => {
      const seekers = positiveInt('--seekers', options.seekers, 1_000_000);
      const months = positiveInt('--months', options.months, 240);
      const seed = Number(options.seed);
      if (!Number.isSafeInteger(seed))
        throw new CliError(
          `--seed must be a whole number, not ${JSON.stringify(options.seed)}`,
          EXIT.usage,
        );
      const end = demoEndFrom(options.end);
      if (options.format !== 'jsonl' && options.format !== 'csv') {
        throw new CliError(
          `--format must be jsonl or csv, not ${JSON.stringify(options.format)}`,
          EXIT.usage,
        );
      }
      const referentials = loadReferentials();
      const journals = (function* () {
        for (const demo of generateDemoCaseload({ seekers, months, seed, ...end }, referentials))
          yield demo.journal;
      })();
      const count =
        options.format === 'jsonl'
          ? writeJsonLines(journals, options.out)
          : writeCsvPair(journals, options.out);
      process.stderr.write(
        `Wrote ${count} demo seekers (${months} months up to ${end.asOf ?? end.endPeriod}, seed ${seed}) to ${options.out}.\n`,
      );
    });
}
