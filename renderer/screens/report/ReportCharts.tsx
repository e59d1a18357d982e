// The seeker page's charts, then their figures month by month as a table: the printed
// page cannot open a chart's data table, and its text must carry every number.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DeclarationCalendar } from '../../../shared/analysis/declaration-calendar';
import type { MonthlyIndicators } from '../../../shared/analysis/types';
import type { Ore } from '../../../shared/journal/contract';
import { SeekerCharts } from '../seeker/charts/SeekerCharts';
import { DataTable } from '../seeker/charts/DataTable';
import type { Column } from '../seeker/charts/DataTable';
import { countColumn } from '../seeker/charts/month-columns';
import { formatDayInMonth, formatMonth } from '../../format';

function journalState(t: TFunction, row: MonthlyIndicators): string {
  if (!row.declared) return t('report.monthly.notDeclared');
  return row.enteredBy === 'counsellor'
    ? t('report.monthly.declaredByCounsellor')
    : t('report.monthly.declaredBySeeker');
}

function monthlyColumns(t: TFunction, calendar: DeclarationCalendar): Column<MonthlyIndicators>[] {
  const inProgress = calendar.periodInProgress;
  const inProgressLabel = t('common.monthStatus.inProgress', {
    date: formatDayInMonth(calendar.asOf),
  });
  return [
    // The journal column says whether the month was declared: the month alone here, but
    // for the month in progress.
    {
      header: t('seeker.charts.month'),
      cell: (row) =>
        row.period === inProgress
          ? `${formatMonth(row.period)} (${inProgressLabel})`
          : formatMonth(row.period),
    },
    { header: t('report.monthly.journal'), cell: (row) => journalState(t, row) },
    countColumn(t, t('report.monthly.actions'), (row) => row.actions),
    countColumn(t, t('report.monthly.applications'), (row) => row.applications),
    countColumn(t, t('report.monthly.answers'), (row) => row.answers),
    countColumn(t, t('report.monthly.interviews'), (row) => row.interviews),
    countColumn(t, t('report.monthly.offers'), (row) => row.offers),
    {
      header: t('report.monthly.mood'),
      numeric: true,
      cell: (row) => (row.mood === null ? t('seeker.charts.none') : `${row.mood}/5`),
    },
  ];
}

interface Props {
  indicators: readonly MonthlyIndicators[];
  ore: Ore;
  oreFamilies: readonly string[];
  calendar: DeclarationCalendar;
}

export function ReportCharts({ indicators, ore, oreFamilies, calendar }: Props) {
  const { t } = useTranslation();
  return (
    <div className="report-section report-charts">
      <SeekerCharts
        indicators={indicators}
        ore={ore}
        oreFamilies={oreFamilies}
        calendar={calendar}
      />
      <div className="report-monthly">
        <h3>{t('report.monthly.title')}</h3>
        <DataTable
          caption={t('report.monthly.caption')}
          columns={monthlyColumns(t, calendar)}
          rows={indicators}
          rowKey={(row) => row.period}
        />
      </div>
    </div>
  );
}
