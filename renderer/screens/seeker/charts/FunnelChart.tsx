import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, ComposedChart, Legend, Line, YAxis } from 'recharts';
import type { LegendType } from 'recharts';
import type { MonthlyIndicators } from '../../../../shared/analysis/types';
import { FUNNEL_STEPS, funnelSeries } from '../chart-series';
import type { FunnelRow, FunnelStep } from '../chart-series';
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
import { countColumn, monthColumn } from './month-columns';

// Each step after the applications is a line told apart by its dash and marker as well
// as its colour, so the chart still reads in grey.
const STEP_STYLES: Record<
  Exclude<FunnelStep, 'applications'>,
  { colour: string; dash: string; marker: LegendType }
> = {
  answers: { colour: '#1f5fbf', dash: '0', marker: 'circle' },
  interviews: { colour: '#b8551a', dash: '6 3', marker: 'square' },
  offers: { colour: '#2e8b57', dash: '2 2', marker: 'diamond' },
};

/**
 * Applications, then how many were answered, led to an interview, to an offer. The lines
 * break over months without a journal: nothing was declared, which is not zero.
 */
export function FunnelChart({ indicators }: { indicators: readonly MonthlyIndicators[] }) {
  const { t } = useTranslation();
  const inProgress = useMonthInProgress();
  const rows = useMemo(() => funnelSeries(indicators), [indicators]);
  const columns = [
    monthColumn<FunnelRow>(t, inProgress),
    ...FUNNEL_STEPS.map((step) =>
      countColumn<FunnelRow>(t, t(`seeker.charts.funnel.${step}`), (row) => row[step]),
    ),
  ];
  const title = t('seeker.charts.funnel.title');
  return (
    <ChartFigure
      testId="chart-funnel"
      title={title}
      chart={
        <ComposedChart {...CHART_PROPS} style={chartStyle(240)} data={rows}>
          {monthAxisElements(rows.length, inProgress)}
          <YAxis interval={0} allowDecimals={false} tick={AXIS_TICK} width={32} />
          {MONTH_TOOLTIP}
          <Legend {...LEGEND_PROPS} />
          <Bar
            dataKey="applications"
            name={t('seeker.charts.funnel.applications')}
            fill="#c9cbe0"
            isAnimationActive={false}
          />
          {(['answers', 'interviews', 'offers'] as const).map((step) => (
            <Line
              key={step}
              dataKey={(row: FunnelRow) => (row.declared ? row[step] : null)}
              name={t(`seeker.charts.funnel.${step}`)}
              stroke={STEP_STYLES[step].colour}
              strokeDasharray={STEP_STYLES[step].dash}
              strokeWidth={2}
              legendType={STEP_STYLES[step].marker}
              dot={{ r: 2.5 }}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      }
      table={
        <DataTable caption={title} columns={columns} rows={rows} rowKey={(row) => row.period} />
      }
    />
  );
}
