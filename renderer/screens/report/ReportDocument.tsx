// The report itself, the one template of the preview and the PDF: its sections in the
// order an interview is prepared, from who the person is to what is under way (plan,
// notes) and what to propose.
import { useTranslation } from 'react-i18next';
import type { ReportData } from '../../../shared/api/report';
import { formatLongDate, formatTimestamp, personName } from '../../format';
import { chartedMonths } from '../seeker/chart-series';
import { ReportCharts } from './ReportCharts';
import { ReportActionPlan, ReportNotes } from './ReportFollowUp';
import { ReportIdentity, ReportOre } from './ReportIdentity';
import { ReportRecommendations } from './ReportRecommendations';
import { ReportSignals } from './ReportSignals';
import { ReportSummary } from './ReportSummary';
import { ReportTopics } from './ReportTopics';

export function ReportDocument({ report }: { report: ReportData }) {
  const { t } = useTranslation();
  const { page } = report;
  const { journal, analysis } = page;
  return (
    <>
      <header className="report-header">
        <p className="report-kind">{t('report.title')}</p>
        <h1>{personName(journal.first_name, journal.last_name)}</h1>
        <p>
          {t('report.asOf', { date: formatLongDate(analysis.asOf) })}
          {' · '}
          {t('report.preparedBy', {
            name: report.preparedBy,
            date: formatTimestamp(report.preparedAt),
          })}
        </p>
        <p className="report-purpose">{t('report.purpose')}</p>
      </header>
      <ReportIdentity page={page} />
      <ReportOre page={page} />
      <ReportSummary figures={report.keyFigures} calendar={report.page.calendar} />
      <ReportCharts
        indicators={chartedMonths(analysis.indicators, journal)}
        ore={journal.ore}
        oreFamilies={page.oreFamilies}
        calendar={report.page.calendar}
      />
      <ReportSignals signals={analysis.signals} />
      <ReportTopics topics={report.topics} />
      <ReportActionPlan actionPlan={page.actionPlan} />
      <ReportNotes notes={page.notes} />
      <ReportRecommendations
        recommendations={analysis.recommendations}
        actionPlan={page.actionPlan}
        romeLabels={page.romeLabels}
      />
    </>
  );
}
