// The journal in a few numbers (shared/report/key-figures.ts).
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { KeyFigures } from '../../../shared/api/report';
import { formatLongDate, formatMonth, formatNumber, formatPercent } from '../../format';
import { Facts, ReportSection } from './ReportSection';

function periodCovered(t: TFunction, figures: KeyFigures): string {
  if (figures.firstPeriod === null || figures.lastPeriod === null)
    return t('report.summary.noPeriod');
  return t('report.summary.periodValue', {
    from: formatMonth(figures.firstPeriod),
    to: formatMonth(figures.lastPeriod),
    count: figures.monthsCovered,
  });
}

function keyFigureItems(t: TFunction, figures: KeyFigures) {
  const notGiven = t('report.summary.notGiven');
  return [
    { term: t('report.summary.period'), value: periodCovered(t, figures) },
    {
      term: t('report.summary.declared'),
      value: t('report.summary.declaredValue', {
        declared: figures.monthsDeclared,
        count: figures.monthsCovered,
      }),
    },
    { term: t('report.summary.enteredByCounsellor'), value: figures.monthsEnteredByCounsellor },
    { term: t('report.summary.actions'), value: figures.actions },
    { term: t('report.summary.recentActions'), value: formatNumber(figures.recentActionsPerMonth) },
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

export function ReportSummary({ figures }: { figures: KeyFigures }) {
  const { t } = useTranslation();
  return (
    <ReportSection id="summary" title={t('report.sections.summary')}>
      <Facts items={keyFigureItems(t, figures)} />
    </ReportSection>
  );
}
