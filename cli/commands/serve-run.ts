// What `jalon serve` runs, imported only when it runs: the browser server, the services
// and Playwright (for reports) are the heaviest part of the command line to load.
import { existsSync } from 'node:fs';
import { resolveDatabasePath, userDataDir } from '../../server/app-paths';
import { resolveDatabaseKeys } from '../../server/keys/database-keys';
import { fileVault, keysDirIn } from '../../server/keys/secret-file';
import { startAppHost } from '../../server/host/app-host';
import { createJournalRepository } from '../../server/db/journal-repository';
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import { startBrowserServer } from '../../server/http/browser-server';
import type { BrowserServer } from '../../server/http/browser-server';
import { headlessReportPrinter, servedApp } from '../../server/report/headless-printer';
import { DEFAULT_DEMO } from '../../server/demo/demo-defaults';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { loadReferentials } from '../../server/reference/load-reference';
import { appVersion, RENDERER_DIR } from '../app-files';
import { CliError } from '../cli-error';
import { demoEndingToday } from './seed';
import { appClock } from '../../server/clock';
import { say } from '../messages';

export interface ServeOptions {
  db?: string;
  port: string;
  demoIfEmpty?: boolean;
}

function keysOfServedDatabase(databasePath: string) {
  try {
    return resolveDatabaseKeys(databasePath, {
      vault: fileVault(keysDirIn(userDataDir())),
      create: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(say.cannotOpen(databasePath, message));
  }
}

export async function serve(options: ServeOptions): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(say.badPort(options.port));
  }
  if (!existsSync(`${RENDERER_DIR}/index.html`)) {
    throw new CliError(say.notBuilt);
  }
  const databasePath = resolveDatabasePath(options.db);
  // Reports are printed from this server's own page, known once it listens.
  let server: BrowserServer | null = null;
  const printReport = headlessReportPrinter(() => servedApp(server));
  // A database that cannot be opened does not stop the server: the page explains the
  // problem and offers the last good backup (recovery mode, docs/reliability.md).
  // The browser mode is the app: it gives a new or plain database its key and
  // encrypts it (docs/security.md).
  const keys = keysOfServedDatabase(databasePath);
  const host = await startAppHost({
    databasePath,
    keys,
    refs: loadReferentials(),
    platform: { ...BROWSER_PLATFORM, printReport },
    version: appVersion(),
    now: appClock(),
    async prepare(db) {
      if (options.demoIfEmpty && createJournalRepository(db).stats().seekers === 0) {
        process.stderr.write(`${say.serveLoadingDemo}\n`);
        await importDemoCaseload(db, { ...DEFAULT_DEMO, ...demoEndingToday(), now: appClock() });
      }
    },
  });
  const problem = host.startupProblem();
  if (problem) {
    process.stderr.write(`${say.serveRecovery(problem.kind, problem.detail)}\n`);
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
}
