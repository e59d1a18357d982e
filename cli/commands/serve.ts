import type { Command } from 'commander';
import type { ServeOptions } from './serve-run';
import { say } from '../messages';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(say.serve.description)
    .option('--db <path>', say.dbOption)
    .option('--port <n>', say.serve.port, '0')
    .option('--demo-if-empty', say.serve.demoIfEmpty)
    .action(async (options: ServeOptions) => (await import('./serve-run')).serve(options));
}
