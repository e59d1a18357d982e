import type { Command } from 'commander';
import { DEFAULT_DEMO } from '../../server/demo/demo-defaults';
import type { DemoCommandOptions } from './demo-run';
import { say } from '../messages';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(say.demo.description)
    .option('--db <path>', say.dbOption)
    .option('--seekers <n>', say.demo.seekers, String(DEFAULT_DEMO.seekers))
    .action(async (options: DemoCommandOptions) => (await import('./demo-run')).fillDemo(options));
}
