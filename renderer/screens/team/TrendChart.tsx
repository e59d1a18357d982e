// One figure month by month over the dashboard's year, a line per counsellor (colour and
// dash pattern), with the team's value in the table behind the disclosure. A month where
// the figure means nothing (no declaration due yet) is a gap, not a zero.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Legend, Line, LineChart, Tooltip, YAxis } from 'recharts';
import type { TeamMonth } from '../../../shared/api/team-dashboard';
import { formatMonth } from '../../format';
import {
  AXIS_TICK,
  CHART_PROPS,
  chartStyle,
  LEGEND_PROPS,
  monthAxisElements,
  SERIES_LINE,
  TOOLTIP_PROPS,
} from '../seeker/charts/chart-frame';
import { useMonthInProgress } from '../seeker/charts/month-in-progress';
import { ChartFigure } from '../seeker/charts/ChartFigure';
import { DataTable } from '../seeker/charts/DataTable';
import type { Column } from '../seeker/charts/DataTable';
import { monthTooltipLabel } from '../seeker/charts/month-columns';
import { counsellorSeriesStyle } from './counsellor-series';
import { counsellorName, trendRows } from './team-series';
import type { Metric, TrendRow } from './team-series';

interface Props {
  testId: string;
  title: string;
  /** Builds the sentence under the title from the rows (see trendEnds). */
  summary: (rows: readonly TrendRow[]) => string | undefined;
  history: readonly TeamMonth[];
  metric: Metric;
  /** A value as the table and the tooltip write it. */
  format: (value: number) => string;
  /** How a month without a value reads in the table. */
  missing: string;
  yAxis?: { domain: [number, number]; tickFormatter: (value: number) => string };
}

export function TrendChart(props: Props) {
  const { testId, title, summary, history, metric, format, missing, yAxis } = props;
  const { t } = useTranslation();
  const inProgress = useMonthInProgress();
  const rows = useMemo(() => trendRows(history, metric), [history, metric]);
  const counsellors = history[history.length - 1]?.counsellors ?? [];
  const valueCell = (value: number | null) => (value === null ? missing : format(value));
  const columns: Column<TrendRow>[] = [
    {
      header: t('team.charts.month'),
      cell: (row) =>
        row.period === inProgress?.period
          ? `${formatMonth(row.period)} (${inProgress.label})`
          : formatMonth(row.period),
    },
    ...counsellors.map((c): Column<TrendRow> => ({
      header: counsellorName(c),
      numeric: true,
      cell: (row) => valueCell(row.values[c.counsellorId] ?? null),
    })),
    { header: t('team.table.total'), numeric: true, cell: (row) => valueCell(row.team) },
  ];
  return (
    <ChartFigure
      testId={testId}
      title={title}
      summary={summary(rows)}
      chart={
        <LineChart {...CHART_PROPS} style={chartStyle(260)} data={rows}>
          {monthAxisElements(rows.length, inProgress)}
          <YAxis allowDecimals={false} tick={AXIS_TICK} width={44} {...(yAxis ?? {})} />
          <Tooltip
            {...TOOLTIP_PROPS}
            labelFormatter={monthTooltipLabel}
            formatter={(value) => (typeof value === 'number' ? format(value) : missing)}
          />
          <Legend {...LEGEND_PROPS} iconType="plainline" />
          {counsellors.map((c, index) => (
            <Line
              key={c.counsellorId}
              dataKey={(row: TrendRow) => row.values[c.counsellorId] ?? null}
              name={counsellorName(c)}
              {...counsellorSeriesStyle(index)}
              {...SERIES_LINE}
            />
          ))}
        </LineChart>
      }
      table={
        <DataTable caption={title} columns={columns} rows={rows} rowKey={(row) => row.period} />
      }
    />
  );
}
