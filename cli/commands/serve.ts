import type { Command } from 'commander';
import type { ServeOptions } from './serve-run';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Browser mode: serve the app on 127.0.0.1 (for workstations where the desktop app cannot run).',
    )
    .option('--db <path>', 'database file (default: $JALON_DB or the user data folder)')
    .option('--port <n>', 'port (0: any free port)', '0')
    .option('--demo-if-empty', 'load the demo caseload first if the database holds no seeker')
    .action(async (options: ServeOptions) => (await import('./serve-run')).serve(options));
}
