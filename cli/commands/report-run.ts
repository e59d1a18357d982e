// What `jalon report` runs, imported only when it runs (the browser server, the services,
// Playwright).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { SignedInUser } from '../../shared/auth/roles';
import { isIsoDate } from '../../shared/journal/dates';
import { BROWSER_PLATFORM, createServices } from '../../server/api/handlers';
import { appToday } from '../../server/clock';
import { createAuditRepository } from '../../server/db/audit-repository';
import type { Database } from '../../server/db/database';
import { createJournalRepository } from '../../server/db/journal-repository';
import { startBrowserServer } from '../../server/http/browser-server';
import { loadReferentials } from '../../server/reference/load-reference';
import { findChromium } from '../../server/report/find-chromium';
import { headlessReportPrinter, servedApp } from '../../server/report/headless-printer';
import { writePdfAtomically } from '../../server/report/pdf-file';
import { printReportPdf, reportAuditEvent } from '../../server/report/report-pdf';
import type { PrintedReport } from '../../server/report/report-pdf';
import { CliError, EXIT } from '../cli-error';
import { openStore } from '../open-store';
import { appVersion, RENDERER_DIR } from '../app-files';
import { say, sayLocale } from '../messages';

/** The command line is nobody's account: the report and the trail name it as such. */
export const CLI_USER: SignedInUser = {
  userId: 'cli',
  displayName: say.cliUserName,
  role: 'team_lead',
  team: null,
};

export interface ReportOptions {
  db?: string;
  seeker: string;
  out: string;
  asOf?: string;
}

/** Prints through a browser-mode server of its own, on any free port, closed at the end. */
async function printWithOwnServer(
  db: Database,
  seekerId: string,
  asOf: string,
  chromiumPath: string,
): Promise<PrintedReport> {
  let server: Awaited<ReturnType<typeof startBrowserServer>> | null = null;
  const printReport = headlessReportPrinter(() => servedApp(server), { chromiumPath });
  const services = createServices({
    db,
    refs: loadReferentials(),
    platform: { ...BROWSER_PLATFORM, printReport },
    version: appVersion(),
  });
  try {
    server = await startBrowserServer({ services, rendererDir: RENDERER_DIR, port: 0 });
    return await printReportPdf(services.sessions, printReport, {
      user: CLI_USER,
      fixedUser: true,
      seekerId,
      asOf,
      // The PDF in the CLI's language, as everything it says.
      locale: sayLocale,
    });
  } finally {
    await server?.close();
    await services.dispose();
  }
}

function chromiumOrExplain(): string {
  try {
    return findChromium();
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message);
    throw error;
  }
}

export async function writeReport(options: ReportOptions): Promise<void> {
  const asOf = options.asOf ?? appToday();
  if (!isIsoDate(asOf)) {
    throw new CliError(say.badAsOf(asOf), EXIT.usage);
  }
  if (!existsSync(`${RENDERER_DIR}/index.html`)) {
    throw new CliError(say.notBuilt);
  }
  const chromiumPath = chromiumOrExplain();
  const out = resolve(options.out);
  const db = openStore(options.db, { mustExist: true, writable: true });
  try {
    if (!createJournalRepository(db).findSeeker(options.seeker)) {
      throw new CliError(say.noSeekerHere(options.seeker));
    }
    const report = await printWithOwnServer(db, options.seeker, asOf, chromiumPath);
    try {
      writePdfAtomically(out, report.pdf);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(say.cannotWrite(out, reason));
    }
    createAuditRepository(db).append(
      reportAuditEvent(CLI_USER.userId, options.seeker, asOf, report),
    );
    process.stdout.write(`${say.reportWritten(out, report.pages)}\n`);
  } finally {
    db.close();
  }
}
