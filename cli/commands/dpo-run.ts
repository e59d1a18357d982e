// What `jalon dpo export` runs, imported only when it runs (the services, and for a PDF
// the browser server and Playwright). The export goes through dispatch, as a DPO's
// call from the app does: the same role check, the same document, the same records.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { dispatch } from '../../shared/api/dispatch';
import type { ResultOf } from '../../shared/api/contract';
import type { SignedInUser } from '../../shared/auth/roles';
import { BROWSER_PLATFORM, createServices } from '../../server/api/handlers';
import type { Services } from '../../server/api/handlers';
import { appClock } from '../../server/clock';
import { createJournalRepository } from '../../server/db/journal-repository';
import { startBrowserServer } from '../../server/http/browser-server';
import type { BrowserServer } from '../../server/http/browser-server';
import { loadReferentials } from '../../server/reference/load-reference';
import { headlessReportPrinter, servedApp } from '../../server/report/headless-printer';
import { writeFilesAtomically } from '../../server/export/atomic-file';
import { writePdfAtomically } from '../../server/report/pdf-file';
import { CliError, EXIT } from '../cli-error';
import { openStore } from '../open-store';
import { appVersion, RENDERER_DIR } from '../app-files';
import { say, sayLocale } from '../messages';

export interface DpoExportOptions {
  db?: string;
  seeker: string;
  format: string;
  out: string;
  as?: string;
}

/** The command line answering as a DPO: named `cli` in the trail unless --as names one. */
function dpoUser(services: Services, as: string | undefined): SignedInUser {
  if (as === undefined) {
    return { userId: 'cli', displayName: say.cliUserName, role: 'dpo', team: null };
  }
  const user = services.context.users.get(as);
  if (!user || user.disabled || user.role !== 'dpo') throw new CliError(say.dpo.notDpo(as));
  return { userId: user.userId, displayName: user.displayName, role: user.role, team: null };
}

export async function writeDossier(options: DpoExportOptions): Promise<void> {
  const format = options.format;
  if (format !== 'json' && format !== 'pdf') {
    throw new CliError(say.dpo.badFormat(format), EXIT.usage);
  }
  if (format === 'pdf' && !existsSync(`${RENDERER_DIR}/index.html`)) {
    throw new CliError(say.notBuilt);
  }
  const out = resolve(options.out);
  const db = openStore(options.db, { mustExist: true, writable: true });
  let server: BrowserServer | null = null;
  const services = createServices({
    db,
    refs: loadReferentials(),
    platform: {
      ...BROWSER_PLATFORM,
      printReport: headlessReportPrinter(() => servedApp(server)),
    },
    version: appVersion(),
    now: appClock(),
  });
  try {
    const user = dpoUser(services, options.as);
    if (!createJournalRepository(db).seekerIdIgnoringCase(options.seeker.trim())) {
      throw new CliError(say.noSeekerHere(options.seeker));
    }
    if (format === 'pdf') {
      server = await startBrowserServer({ services, rendererDir: RENDERER_DIR, port: 0 });
    }
    const session = services.sessions.open(user, { fixedUser: user.userId === 'cli' });
    const reply = await dispatch(
      services.handlers,
      'dpo.export',
      { seekerId: options.seeker, format, locale: sayLocale },
      services.contextFor(session),
    );
    if (!reply.ok) throw new CliError(reply.error.message);
    const bytes = Buffer.from((reply.value as ResultOf<'dpo.export'>).base64!, 'base64');
    try {
      if (format === 'pdf') writePdfAtomically(out, bytes);
      else writeFilesAtomically([out], ([file]) => file!.write(bytes.toString('utf8')));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(say.cannotWrite(out, reason));
    }
    process.stdout.write(`${say.dpo.written(out, bytes.byteLength)}\n`);
  } finally {
    await server?.close();
    await services.dispose();
    db.close();
  }
}
