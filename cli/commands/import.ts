import type { Command } from 'commander';
import type { ImportCommandOptions } from './import-run';
import { say } from '../messages';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(say.import.description)
    .argument('<files...>', say.import.files)
    .option('--db <path>', say.dbOption)
    .option('--json', say.import.json)
    .action(async (files: string[], options: ImportCommandOptions) =>
      (await import('./import-run')).importJournals(files, options),
    );
}
