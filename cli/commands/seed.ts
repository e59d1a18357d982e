import type { Command } from 'commander';
import { generateDemoCaseload } from '../../shared/demo';
import { isIsoDate, isPeriod } from '../../shared/journal/dates';
import { writeCsvPair, writeJsonLines } from '../../server/export/export-journals';
import { loadReferentials } from '../../server/reference/load-reference';
import { localIsoDate } from '../../server/local-date';
import { appClock } from '../../server/clock';
import { CliError, EXIT } from '../cli-error';
import { say } from '../messages';
import type { SeekerJournal } from '../../shared/journal/contract';

interface SeedOptions {
  seekers: string;
  months: string;
  seed: string;
  end?: string;
  out: string;
  format: string;
  idPrefix: string;
}

/** The generator's ids are DE-000001…: the demo caseload's own. */
const DEMO_ID_PREFIX = 'DE';
const ID_PREFIX_RE = /^[A-Za-z0-9]{1,20}$/;

/** The same journal under another id prefix: DE-000042 becomes ESSAI-000042. */
export function withIdPrefix(journal: SeekerJournal, prefix: string): SeekerJournal {
  if (prefix === DEMO_ID_PREFIX) return journal;
  return {
    ...journal,
    seeker_id: prefix + journal.seeker_id.slice(DEMO_ID_PREFIX.length),
  };
}

function positiveInt(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new CliError(say.seed.wholeNumber(name, max, value), EXIT.usage);
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
    throw new CliError(say.seed.badEnd(end), EXIT.usage);
  }
  if (end > today.asOf || (isPeriod(end) && end > today.endPeriod)) {
    throw new CliError(say.seed.endAfterToday(end, today.asOf), EXIT.usage);
  }
  if (isIsoDate(end)) return { endPeriod: end.slice(0, 7), asOf: end };
  return end === today.endPeriod ? today : { endPeriod: end };
}

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description(say.seed.description)
    .requiredOption('--out <path>', say.seed.out)
    .option('--seekers <n>', say.seed.seekers, '300')
    .option('--months <n>', say.seed.months, '24')
    .option('--seed <n>', say.seed.seed, '1')
    .option('--end <YYYY-MM>', say.seed.end)
    .option('--format <format>', say.seed.format, 'jsonl')
    .option('--id-prefix <prefix>', say.seed.idPrefix, DEMO_ID_PREFIX)
    .action((options: SeedOptions) => {
      const seekers = positiveInt('--seekers', options.seekers, 1_000_000);
      const months = positiveInt('--months', options.months, 240);
      const seed = Number(options.seed);
      if (!Number.isSafeInteger(seed))
        throw new CliError(say.seed.badSeed(options.seed), EXIT.usage);
      const end = demoEndFrom(options.end);
      if (options.format !== 'jsonl' && options.format !== 'csv') {
        throw new CliError(say.seed.badFormat(options.format), EXIT.usage);
      }
      if (!ID_PREFIX_RE.test(options.idPrefix)) {
        throw new CliError(say.seed.badPrefix(options.idPrefix), EXIT.usage);
      }
      const referentials = loadReferentials();
      const journals = (function* () {
        for (const demo of generateDemoCaseload({ seekers, months, seed, ...end }, referentials))
          yield withIdPrefix(demo.journal, options.idPrefix);
      })();
      const count =
        options.format === 'jsonl'
          ? writeJsonLines(journals, options.out)
          : writeCsvPair(journals, options.out);
      const ids = `${options.idPrefix}-000001…`;
      const upTo = end.asOf ?? end.endPeriod;
      process.stderr.write(`${say.seed.wrote(count, months, upTo, seed, options.out, ids)}\n`);
    });
}
