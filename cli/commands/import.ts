import type { Command } from 'commander';
import type { ImportCommandOptions } from './import-run';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import journals: one or more .jsonl files, or the CSV pair seekers.csv + actions.csv.\n' +
        'Exit 0: every line imported or unchanged; 3: some lines rejected, the rest imported; 1: nothing could be read.',
    )
    .argument('<files...>', 'journal files')
    .option('--db <path>', 'database file (default: $JALON_DB or the user data folder)')
    .option('--json', 'print the summary as JSON')
    .action(async (files: string[], options: ImportCommandOptions) =>
      (await import('./import-run')).importJournals(files, options),
    );
}
