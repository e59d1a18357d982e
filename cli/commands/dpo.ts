// `jalon dpo export`: the right-of-access document for a data-protection officer, the
// same JSON and PDF as the app's Protection des données screen, made by the same
// channel (dpo.export) so that it is recorded the same way in the trail and the access log.
import type { Command } from 'commander';
import type { DpoExportOptions } from './dpo-run';
import { say } from '../messages';

export function registerDpo(program: Command): void {
  const dpo = program.command('dpo').description(say.dpo.description);
  dpo
    .command('export')
    .description(say.dpo.export)
    .option('--db <path>', say.dbOption)
    .requiredOption('--seeker <id>', say.dpo.seeker)
    .requiredOption('--format <json|pdf>', say.dpo.format)
    .requiredOption('--out <file>', say.dpo.out)
    .option('--as <dpo id>', say.dpo.as)
    .action(async (options: DpoExportOptions) => (await import('./dpo-run')).writeDossier(options));
}
