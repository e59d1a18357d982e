// The columns every monthly table starts with, and how an undeclared month's figures read.
import type { TFunction } from 'i18next';
import type { MonthRow } from '../chart-series';
import { formatMonth, formatMonthShort } from '../../../format';
import type { Column } from './DataTable';
import type { MonthInProgress } from './month-in-progress';

export function monthColumn<Row extends MonthRow>(
  t: TFunction,
  inProgress: MonthInProgress | null,
): Column<Row> {
  return {
    header: t('seeker.charts.month'),
    cell: (row) => {
      if (row.period === inProgress?.period)
        return `${formatMonth(row.period)} (${inProgress.label})`;
      return row.declared
        ? formatMonth(row.period)
        : `${formatMonth(row.period)} (${t('seeker.charts.notDeclared')})`;
    },
  };
}

/** A count for a declared month; a dash for a month without a journal, which is not a zero. */
export function countColumn<Row extends MonthRow>(
  t: TFunction,
  header: string,
  value: (row: Row) => number,
): Column<Row> {
  return {
    header,
    numeric: true,
    cell: (row) => (row.declared ? value(row) : t('seeker.charts.none')),
  };
}

export const monthTick = (period: string) => formatMonthShort(period);
export const monthTooltipLabel = (period: unknown) =>
  typeof period === 'string' ? formatMonth(period) : '';
