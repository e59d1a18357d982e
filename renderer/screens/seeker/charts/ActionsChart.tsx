import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Legend, YAxis } from 'recharts';
import type { MonthlyIndicators } from '../../../../shared/analysis/types';
import { ACTION_COLOURS } from '../action-appearance';
import { actionsSeries } from '../chart-series';
import type { ActionsRow } from '../chart-series';
import {
  AXIS_TICK,
  CHART_PROPS,
  LEGEND_PROPS,
  chartStyle,
  monthAxisElements,
  MONTH_TOOLTIP,
} from './chart-frame';
import { useMonthInProgress } from './month-in-progress';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import type { Column } from './DataTable';
import { countColumn, monthColumn } from './month-columns';

/** Monthly actions stacked by type: how much, and of what kind. */
export function ActionsChart({ indicators }: { indicators: readonly MonthlyIndicators[] }) {
  const { t } = useTranslation();
  const inProgress = useMonthInProgress();
  const { types, rows } = useMemo(() => actionsSeries(indicators), [indicators]);
  const columns: Column<ActionsRow>[] = [
    monthColumn(t, inProgress),
    ...types.map((type) =>
      countColumn<ActionsRow>(t, t(`seeker.actionTypes.${type}`), (row) => row.byType[type] ?? 0),
    ),
    countColumn<ActionsRow>(t, t('seeker.charts.actions.total'), (row) => row.total),
  ];
  const title = t('seeker.charts.actions.title');
  return (
    <ChartFigure
      testId="chart-actions"
      title={title}
      chart={
        <BarChart {...CHART_PROPS} style={chartStyle(260)} data={rows}>
          {monthAxisElements(rows.length, inProgress)}
          <YAxis interval={0} allowDecimals={false} tick={AXIS_TICK} width={32} />
          {MONTH_TOOLTIP}
          <Legend {...LEGEND_PROPS} />
          {types.map((type) => (
            <Bar
              key={type}
              stackId="actions"
              dataKey={(row: ActionsRow) => row.byType[type] ?? 0}
              name={t(`seeker.actionTypes.${type}`)}
              fill={ACTION_COLOURS[type]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <DataTable caption={title} columns={columns} rows={rows} rowKey={(row) => row.period} />
      }
    />
  );
}
