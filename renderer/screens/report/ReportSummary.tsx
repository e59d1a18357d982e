// The journal in a few numbers (shared/report/key-figures.ts), and where the declaration
// calendar stands: the month in progress and the one still being declared are said so.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DeclarationCalendar } from '../../../shared/analysis/declaration-calendar';
import type { KeyFigures } from '../../../shared/api/report';
import {
  formatDayInMonth,
  formatLongDate,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../../format';
import { Facts, ReportSection } from './ReportSection';

function periodCovered(t: TFunction, figures: KeyFigures, calendar: DeclarationCalendar): string {
  if (figures.firstPeriod === null || figures.lastPeriod === null)
    return t('report.summary.noPeriod');
  const covered = t('report.summary.periodValue', {
    from: formatMonth(figures.firstPeriod),
    to: formatMonth(figures.lastPeriod),
    count: figures.monthsCovered,
  });
  if (calendar.periodInProgress !== figures.lastPeriod) return covered;
  const inProgress = t('report.summary.periodInProgress', {
    month: formatMonth(calendar.periodInProgress),
    status: t('common.monthStatus.inProgress', { date: formatDayInMonth(calendar.asOf) }),
  });
  return `${covered} ; ${inProgress}`;
}

function pendingItems(t: TFunction, calendar: DeclarationCalendar) {
  if (calendar.pending === null) return [];
  const { period, until } = calendar.pending;
  const status = t('common.monthStatus.pending', { date: formatDayInMonth(until) });
  return [
    {
      term: t('report.summary.pending'),
      value: t('report.summary.pendingValue', { month: formatMonth(period), status }),
    },
  ];
}

function keyFigureItems(t: TFunction, figures: KeyFigures, calendar: DeclarationCalendar) {
  const notGiven = t('report.summary.notGiven');
  return [
    { term: t('report.summary.period'), value: periodCovered(t, figures, calendar) },
    {
      term: t('report.summary.declared'),
      value: t('report.summary.declaredValue', {
        declared: figures.monthsDeclared,
        count: figures.monthsDue,
      }),
    },
    ...pendingItems(t, calendar),
    { term: t('report.summary.enteredByCounsellor'), value: figures.monthsEnteredByCounsellor },
    { term: t('report.summary.actions'), value: figures.actions },
    {
      term: t('report.summary.recentActions', {
        from: formatMonth(figures.recentPeriods.from),
        to: formatMonth(figures.recentPeriods.to),
      }),
      value: formatNumber(figures.recentActionsPerMonth),
    },
    {
      term: t('report.summary.lastAction'),
      value: figures.lastActionOn
        ? formatLongDate(figures.lastActionOn)
        : t('report.summary.noAction'),
    },
    { term: t('report.summary.applications'), value: figures.applications },
    { term: t('report.summary.answers'), value: figures.answers },
    {
      term: t('report.summary.responseRate'),
      value: figures.responseRate === null ? notGiven : formatPercent(figures.responseRate),
    },
    { term: t('report.summary.interviews'), value: figures.interviews },
    { term: t('report.summary.offers'), value: figures.offers },
    {
      term: t('report.summary.averageMood'),
      value:
        figures.averageMood === null
          ? notGiven
          : t('report.summary.averageMoodValue', { mood: formatNumber(figures.averageMood) }),
    },
  ];
}

export function ReportSummary({
  figures,
  calendar,
}: {
  figures: KeyFigures;
  calendar: DeclarationCalendar;
}) {
  const { t } = useTranslation();
  return (
    <ReportSection id="summary" title={t('report.sections.summary')}>
      <Facts items={keyFigureItems(t, figures, calendar)} />
    </ReportSection>
  );
}
