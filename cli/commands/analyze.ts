import type { Command } from 'commander';
import type { AnalyzeOptions } from './analyze-run';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description(
      'Analyse journals: signals with evidence, attention score, ranked recommendations.\n' +
        'From a .jsonl file, or from the database (results are stored and refreshed).',
    )
    .argument('[file]', 'a .jsonl journal file (otherwise the database)')
    .option('--db <path>', 'database file (default: $JALON_DB or the user data folder)')
    .option('--seeker <id>', 'only this seeker')
    .option('--as-of <YYYY-MM-DD>', 'reference date (default: today)')
    .option('--json', 'print as JSON')
    .action(async (file: string | undefined, options: AnalyzeOptions) =>
      (await import('./analyze-run')).analyze(file, options),
    );
}
