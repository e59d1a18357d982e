// One report printed to PDF, the same way for a person in the app or the browser mode
// (report.exportPdf) and for the CLI: a short-lived print session that may read this
// one report and nothing else, the platform's printer, then the session is gone.
import type { SignedInUser } from '../../shared/auth/roles';
import type { PrintedPage } from '../../shared/report/print-route';
import type { SessionStore } from '../auth/sessions';
import type { AuditEvent } from '../db/audit-repository';
import type { Platform } from '../api/platform';
import { countPdfPages } from './pdf-pages';

/** Long enough for a browser to start and load the page; the session ends with the print anyway. */
export const PRINT_SESSION_MS = 60_000;

export interface PrintRequest {
  /** Who prepares the report: named in it as its author. */
  user: SignedInUser;
  /** The user is not a row of the users table (the CLI's). */
  fixedUser?: boolean;
  seekerId: string;
  asOf: string;
  /** The report's language; French when absent (the CLI). */
  locale?: 'fr' | 'en';
  /** The interview report when absent; `dossier`: the DPO's right-of-access document. */
  page?: PrintedPage;
}

export interface PrintedReport {
  fileName: string;
  pdf: Uint8Array;
  pages: number | null;
}

/** `entretien-<seeker id>-<as of>.pdf`, anything unusual in the id made harmless. */
export function reportFileName(seekerId: string, asOf: string): string {
  return `entretien-${seekerId.replace(/[^\w-]/g, '_')}-${asOf}.pdf`;
}

export async function printReportPdf(
  sessions: SessionStore,
  printReport: Platform['printReport'],
  request: PrintRequest,
): Promise<PrintedReport> {
  const { seekerId, asOf, locale, page = 'report' } = request;
  const session = sessions.open(request.user, {
    printOf: seekerId,
    fixedUser: request.fixedUser ?? false,
    lifetimeMs: PRINT_SESSION_MS,
  });
  try {
    const pdf = await printReport({ page, seekerId, asOf, session, locale: locale ?? 'fr' });
    return { fileName: reportFileName(seekerId, asOf), pdf, pages: countPdfPages(pdf) };
  } finally {
    sessions.close(session);
  }
}

/** The trail's entry for a report that left Jalon (saved, downloaded or written by the CLI). */
export function reportAuditEvent(
  actor: string,
  seekerId: string,
  asOf: string,
  report: PrintedReport,
): AuditEvent {
  return {
    actor,
    action: 'report',
    seekerId,
    details: {
      asOf,
      fileName: report.fileName,
      ...(report.pages === null ? {} : { pages: report.pages }),
    },
  };
}
