// Prints the report page with a headless Chromium, for the browser mode and the CLI:
// the page is the app's own (the server's address, its token and a print session),
// so the PDF is exactly the on-screen preview, charts drawn by the browser, text kept as
// text. One browser per report: reports are printed one at a time, seconds apart.
// Playwright is imported at the first report, not at start-up: loading it costs the
// server ~0.4 s, and most sessions print no report.
import { printedPageHash } from '../../shared/report/print-route';
import type { ReportPrintJob } from '../api/platform';
import type { BrowserServer } from '../http/browser-server';
import { findChromium } from './find-chromium';
import { READY_TIMEOUT_MS, REPORT_PROBE_SCRIPT, waitForReportPage } from './wait-for-report';
import type { ReportProbe } from './wait-for-report';

/** The browser-mode server the page is loaded from. */
export interface ServedApp {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  token: string;
}

/** The running server's page, for a printer made before it listened (null: not yet). */
export function servedApp(server: Pick<BrowserServer, 'port' | 'token'> | null): ServedApp {
  if (!server) throw new Error('the browser-mode server is not listening yet');
  return { origin: `http://127.0.0.1:${server.port}`, token: server.token };
}

export interface HeadlessPrinterOptions {
  /** Default: findChromium() when the first report is printed. */
  chromiumPath?: string;
  /** Default READY_TIMEOUT_MS. */
  readyTimeoutMs?: number;
}

/** The address a printer opens: the server's page, signed in with the print session. */
export function printAddress(app: ServedApp, job: ReportPrintJob): string {
  const query = new URLSearchParams({ token: app.token, session: job.session });
  return `${app.origin}/?${query}${printedPageHash(job.page ?? 'report', job.seekerId, { print: true, asOf: job.asOf, lang: job.locale ?? 'fr' })}`;
}

/**
 * `app` is read when a report is printed: the server's address is only known once it
 * listens, after the services (and this printer) were made.
 */
export function headlessReportPrinter(
  app: () => ServedApp,
  options: HeadlessPrinterOptions = {},
): (job: ReportPrintJob) => Promise<Uint8Array> {
  return async (job) => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: options.chromiumPath ?? findChromium(),
      args: ['--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(printAddress(app(), job));
      await waitForReportPage(() => page.evaluate<ReportProbe>(REPORT_PROBE_SCRIPT), {
        timeoutMs: options.readyTimeoutMs ?? READY_TIMEOUT_MS,
      });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
      });
    } finally {
      await browser.close();
    }
  };
}
