// What differs between the desktop app and the browser mode, given to the services.
import { ApiError } from '../../shared/api/errors';

import type { PrintedPage } from '../../shared/report/print-route';

/**
 * One document to print: the interview report (#/report/ID?print=1) or the DPO's
 * right-of-access document (#/dpo/ID?print=1), signed in with `session`.
 */
export interface ReportPrintJob {
  /** The interview report when absent. */
  page?: PrintedPage;
  seekerId: string;
  asOf: string;
  /** The language the report is printed in (the reader's choice; French when absent). */
  locale?: 'fr' | 'en';
  /** A print session (SessionStore.open with printOf): it may read this report only. */
  session: string;
}

export interface Platform {
  mode: 'electron' | 'browser';
  /** The native open dialog: chosen paths, or [] when cancelled. */
  chooseImportFiles(): Promise<string[]>;
  /** The native save dialog: false when cancelled. */
  saveTextFile(suggestedName: string, content: string): Promise<boolean>;
  /** The native save dialog for bytes (an XLSX export): false when cancelled. */
  saveBinaryFile(suggestedName: string, content: Uint8Array): Promise<boolean>;
  /** The native save dialog for a PDF: false when cancelled. */
  savePdfFile(suggestedName: string, pdf: Uint8Array): Promise<boolean>;
  /**
   * The report page rendered by a real browser engine and printed to PDF: a hidden
   * window in the app, headless Chromium in the browser mode and the CLI.
   */
  printReport(job: ReportPrintJob): Promise<Uint8Array>;
}

const noDialog = () =>
  Promise.reject(new ApiError('unsupported', 'no native dialog in the browser mode'));

/**
 * The browser mode has no native dialogs: the page picks and downloads files itself.
 * Printing needs the server's address, known once it listens: `jalon serve` and
 * `jalon report` give it with `{ ...BROWSER_PLATFORM, printReport }`.
 */
export const BROWSER_PLATFORM: Platform = {
  mode: 'browser',
  chooseImportFiles: noDialog,
  saveTextFile: noDialog,
  saveBinaryFile: noDialog,
  savePdfFile: noDialog,
  printReport: () =>
    Promise.reject(new ApiError('unsupported', 'this process cannot print reports to PDF')),
};
