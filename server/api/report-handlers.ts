// The diagnostic interview report: its data (the preview and the PDF show the same) and
// its PDF, printed from that very page by the platform's browser engine.
import type { CallContext, Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ReportData, ReportExport } from '../../shared/api/report';
import type { SignedInUser } from '../../shared/auth/roles';
import { interviewTopics } from '../../shared/report/interview-topics';
import { keyFigures } from '../../shared/report/key-figures';
import { printReportPdf, reportAuditEvent } from '../report/report-pdf';
import { seekerPageOf } from './portfolio-handlers';
import type { ServiceContext } from './service-context';

type ReportHandlers = Pick<Handlers, 'report.get' | 'report.exportPdf'>;

function signedIn(call: CallContext): SignedInUser {
  if (!call.user) throw new ApiError('unauthorized', 'sign in first');
  return call.user;
}

export function reportHandlers(s: ServiceContext): ReportHandlers {
  return {
    'report.get': (args, call): ReportData => {
      const preparedBy = signedIn(call).displayName;
      // The report shows the seeker page as its reader may read it: same data, same
      // checks; a report is a document to read, whoever may otherwise edit the file.
      const page = { ...seekerPageOf(s, args, call), canEdit: false };
      s.logRead(call, {
        what: 'report',
        seekerId: page.journal.seeker_id,
        details: { asOf: args.asOf },
      });
      return {
        page,
        keyFigures: keyFigures(page.analysis.indicators, page.journal.months, page.calendar),
        topics: interviewTopics(page.analysis, s.catalogue(), args.locale ?? 'fr'),
        preparedAt: s.now().toISOString(),
        preparedBy,
      };
    },

    'report.exportPdf': async ({ seekerId, asOf, locale }, call): Promise<ReportExport> => {
      const user = signedIn(call);
      // Refused (not_found, forbidden) before any browser starts.
      s.seekerFor(call, seekerId, 'read');
      const report = await printReportPdf(s.sessions, (job) => s.platform.printReport(job), {
        user,
        seekerId,
        asOf,
        ...(locale ? { locale } : {}),
      });
      const inApp = s.platform.mode === 'electron';
      const saved = inApp && (await s.platform.savePdfFile(report.fileName, report.pdf));
      // Cancelled in the save dialog: nothing left Jalon, nothing to record.
      if (inApp && !saved) return { fileName: report.fileName, saved: false, pdfBase64: null };
      const event = reportAuditEvent(s.access.actorOf(call), seekerId, asOf, report);
      s.audit.append(event);
      s.logRead(call, { what: 'report_pdf', seekerId, details: event.details ?? {} });
      return {
        fileName: report.fileName,
        saved,
        pdfBase64: inApp ? null : Buffer.from(report.pdf).toString('base64'),
      };
    },
  };
}
