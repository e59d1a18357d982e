import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveDatabasePath } from '../../electron/services/app-paths';
import { startAppHost } from '../../electron/services/backup/app-host';
import { createJournalRepository } from '../../electron/services/db/journal-repository';
import { BROWSER_PLATFORM } from '../../electron/services/api/handlers';
import { startBrowserServer } from '../../electron/services/http/browser-server';
import type { BrowserServer } from '../../electron/services/http/browser-server';
import { headlessReportPrinter, servedApp } from '../../electron/services/report/headless-printer';
import { DEFAULT_DEMO, importDemoCaseload } from '../../electron/services/demo/demo-database';
import { loadReferentials } from '../../electron/services/reference/load-reference';
import { CliError } from '../cli-error';
import { currentPeriod } from './seed';

export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Browser mode: serve the app on 127.0.0.1 (for workstations where the desktop app cannot run).',
    )
    .option('--db <path>', 'database file (default: $JALON_DB or the user data folder)')
    .option('--port <n>', 'port (0: any free port)', '0')
    .option('--demo-if-empty', 'load the demo caseload first if the database holds no seeker')
    .action(async (options: { db?: string; port: string; demoIfEmpty?: boolean }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new CliError(`--port: expected a port number (0 for any); got "${options.port}"`);
      }
      if (!existsSync(`${RENDERER_DIR}/index.html`)) {
        throw new CliError('the interface is not built yet: run npm run build first');
      }
      const databasePath = resolveDatabasePath(options.db);
      // Reports are printed from this server's own page, known once it listens.
      let server: BrowserServer | null = null;
      const printReport = headlessReportPrinter(() => servedApp(server));
      // A database that cannot be opened does not stop the server: the page explains the
      // problem and offers the last good backup (recovery mode, docs/reliability.md).
      const host = await startAppHost({
        databasePath,
        refs: loadReferentials(),
        platform: { ...BROWSER_PLATFORM, printReport },
        version: appVersion(),
        async prepare(db) {
          if (options.demoIfEmpty && createJournalRepository(db).stats().seekers === 0) {
            process.stderr.write('Jalon: loading the demo caseload…\n');
            await importDemoCaseload(db, { ...DEFAULT_DEMO, endPeriod: currentPeriod() });
          }
        },
      });
      const problem = host.startupProblem();
      if (problem) {
        process.stderr.write(
          `Jalon: recovery mode, the database could not be opened (${problem.kind}): ${problem.detail}\n`,
        );
      }
      server = await startBrowserServer({ services: host, rendererDir: RENDERER_DIR, port });
      process.stdout.write(`Jalon: ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await host.close();
    });
}
