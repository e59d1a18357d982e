// The diagnostic interview report of one person: the preview in the app's frame with
// its PDF export, or (print) the document alone, as the PDF printers open it. The root
// says when the page is ready to print (shared/report/print-route.ts).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_STATE_ATTRIBUTE } from '../../../shared/report/print-route';
import type { ReportPageState } from '../../../shared/report/print-route';
import { useApp, useHashRoute } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { useApi } from '../../app/use-api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportPdfButton } from './ExportPdfButton';
import { ReportDocument } from './ReportDocument';
import { useChartsDrawn } from './use-charts-drawn';
import '../../styles/seeker.css';
import '../../styles/report.css';
import { useLocale } from '../../i18n';

interface Props {
  seekerId: string;
  print: boolean;
}

export function ReportScreen({ seekerId, print }: Props) {
  const { t } = useTranslation();
  const app = useApp();
  // A printer names the date in the route (it has no screen to take it from).
  const route = useHashRoute();
  const asOf = (route.screen === 'report' ? route.asOf : null) ?? app.asOf;
  // The interview topics are worded by the service: in the reader's language.
  const locale = useLocale();
  const [report, reload] = useApi('report.get', { seekerId, asOf, locale });
  const documentRef = useRef<HTMLElement>(null);
  const chartsDrawn = useChartsDrawn(documentRef, report.value !== undefined);

  const state: ReportPageState =
    report.status === 'error'
      ? 'error'
      : report.status === 'ready' && chartsDrawn
        ? 'ready'
        : 'loading';

  return (
    <div className={print ? 'report-screen is-print' : 'report-screen'}>
      {!print && (
        <div className="report-toolbar">
          <a className="back-link" href={hashOf({ screen: 'seeker', seekerId })}>
            <span aria-hidden="true">← </span>
            {t('report.backToSeeker')}
          </a>
          {report.value !== undefined && <ExportPdfButton seekerId={seekerId} asOf={asOf} />}
        </div>
      )}
      <article className="report" ref={documentRef} {...{ [REPORT_STATE_ATTRIBUTE]: state }}>
        {report.status === 'error' && (
          <ErrorMessage error={report.error} onRetry={print ? undefined : reload} />
        )}
        {report.value === undefined ? (
          report.status === 'loading' && <p className="loading">{t('report.loading')}</p>
        ) : (
          <ReportDocument report={report.value} />
        )}
      </article>
    </div>
  );
}
