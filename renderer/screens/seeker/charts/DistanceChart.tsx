import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Line, LineChart, ReferenceLine, YAxis } from 'recharts';
import type { MonthlyIndicators } from '../../../../shared/analysis/types';
import { distanceAxisMax, distanceSeries } from '../chart-series';
import type { DistanceRow } from '../chart-series';
import { formatNumber, formatPercent } from '../../../format';
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

/** How far from home the person applies, month by month, against the ORE's radius. */
export function DistanceChart({
  indicators,
  radiusKm,
}: {
  indicators: readonly MonthlyIndicators[];
  radiusKm: number;
}) {
  const { t } = useTranslation();
  const inProgress = useMonthInProgress();
  const rows = useMemo(() => distanceSeries(indicators), [indicators]);
  const none = t('seeker.charts.none');
  const columns: Column<DistanceRow>[] = [
    monthColumn(t, inProgress),
    {
      header: t('seeker.charts.distances.median'),
      numeric: true,
      cell: (row) => (row.medianDistanceKm === null ? none : formatNumber(row.medianDistanceKm)),
    },
    {
      header: t('seeker.charts.distances.beyond'),
      numeric: true,
      cell: (row) => (row.shareBeyondRadius === null ? none : formatPercent(row.shareBeyondRadius)),
    },
  ];
  const title = t('seeker.charts.distances.title');
  const radiusLabel = t('seeker.charts.distances.radius', { km: radiusKm });
  return (
    <ChartFigure
      testId="chart-distances"
      title={title}
      summary={radiusLabel}
      chart={
        <LineChart {...CHART_PROPS} style={chartStyle(220)} data={rows}>
          {monthAxisElements(rows.length, inProgress)}
          <YAxis
            interval={0}
            domain={[0, distanceAxisMax(rows, radiusKm)]}
            tick={AXIS_TICK}
            width={32}
          />
          {MONTH_TOOLTIP}
          <ReferenceLine
            y={radiusKm}
            stroke="#b3261e"
            strokeDasharray="6 4"
            label={{
              value: radiusLabel,
              position: 'insideTopRight',
              fontSize: 12,
              fill: '#b3261e',
            }}
          />
          <Line
            dataKey="medianDistanceKm"
            name={t('seeker.charts.distances.median')}
            stroke="#1f5fbf"
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
