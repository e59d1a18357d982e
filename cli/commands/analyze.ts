import type { Command } from 'commander';
import type { AnalyzeOptions } from './analyze-run';
import { say } from '../messages';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description(say.analyze.description)
    .argument('[file]', say.analyze.file)
    .option('--db <path>', say.dbOption)
    .option('--seeker <id>', say.analyze.seeker)
    .option('--as-of <YYYY-MM-DD>', say.analyze.asOf)
    .option('--json', say.jsonOption)
    .action(async (file: string | undefined, options: AnalyzeOptions) =>
      (await import('./analyze-run')).analyze(file, options),
    );
}
