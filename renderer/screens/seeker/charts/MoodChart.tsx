import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Line, LineChart, YAxis } from 'recharts';
import type { MonthlyIndicators } from '../../../../shared/analysis/types';
import { moodSeries } from '../chart-series';
import type { MoodRow } from '../chart-series';
import {
  AXIS_TICK,
  CHART_PROPS,
  chartStyle,
  monthAxisElements,
  MONTH_TOOLTIP,
  SERIES_LINE,
} from './chart-frame';
import { useMonthInProgress } from './month-in-progress';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import type { Column } from './DataTable';
import { monthColumn } from './month-columns';

const MOOD_TICKS = [1, 2, 3, 4, 5];

/** The mood the person declares each month, from 1 (very low) to 5. */
export function MoodChart({ indicators }: { indicators: readonly MonthlyIndicators[] }) {
  const { t } = useTranslation();
  const inProgress = useMonthInProgress();
  const rows = useMemo(() => moodSeries(indicators), [indicators]);
  const columns: Column<MoodRow>[] = [
    monthColumn(t, inProgress),
    {
      header: t('seeker.charts.mood.mood'),
      numeric: true,
      cell: (row) => (row.mood === null ? t('seeker.charts.none') : `${row.mood}/5`),
    },
  ];
  const title = t('seeker.charts.mood.title');
  return (
    <ChartFigure
      testId="chart-mood"
      title={title}
      chart={
        <LineChart {...CHART_PROPS} style={chartStyle(200)} data={rows}>
          {monthAxisElements(rows.length, inProgress)}
          <YAxis interval={0} domain={[1, 5]} ticks={MOOD_TICKS} tick={AXIS_TICK} width={24} />
          {MONTH_TOOLTIP}
          <Line
            dataKey="mood"
            name={t('seeker.charts.mood.mood')}
            stroke="#6a4fb3"
            {...SERIES_LINE}
          />
        </LineChart>
      }
      table={
        <DataTable caption={title} columns={columns} rows={rows} rowKey={(row) => row.period} />
      }
    />
  );
}
