import type { Command } from 'commander';
import { DEFAULT_DEMO } from '../../electron/services/demo/demo-defaults';
import type { DemoCommandOptions } from './demo-run';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'Fill the database with the demo caseload (through the real import; running it again changes nothing).',
    )
    .option('--db <path>', 'database file (default: $JALON_DB or the user data folder)')
    .option('--seekers <n>', 'number of seekers', String(DEFAULT_DEMO.seekers))
    .action(async (options: DemoCommandOptions) => (await import('./demo-run')).fillDemo(options));
}
