// The month in progress on the charts: a chart of months ending with the reference month
// would draw a week-old month beside whole ones and read as a collapse. Whoever draws
// charts of months provides the declaration calendar; each chart shades that month and
// its table says « en cours, au 7 déc. ».
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationCalendar } from '../../../../shared/analysis/declaration-calendar';
import { formatDayInMonth } from '../../../format';

export const ChartCalendarContext = createContext<DeclarationCalendar | null>(null);

export interface MonthInProgress {
  period: string;
  /** « en cours, au 7 déc. », for tables. */
  label: string;
  /** « en cours », on the chart. */
  shortLabel: string;
}

export function useMonthInProgress(): MonthInProgress | null {
  const calendar = useContext(ChartCalendarContext);
  const { t } = useTranslation();
  if (calendar?.periodInProgress == null) return null;
  return {
    period: calendar.periodInProgress,
    label: t('common.monthStatus.inProgress', { date: formatDayInMonth(calendar.asOf) }),
    shortLabel: t('common.monthStatus.inProgressShort'),
  };
}
