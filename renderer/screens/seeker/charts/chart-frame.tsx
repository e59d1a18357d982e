// What the five charts share: drawn once, at once (no animation, so a 24-month page
// draws within its budget), sized by their box, and kept out of the tab order since
// their data table is the accessible form.
import type { CSSProperties } from 'react';
import { CartesianGrid, ReferenceArea, Tooltip, XAxis } from 'recharts';
import { monthTick, monthTooltipLabel } from './month-columns';
import type { MonthInProgress } from './month-in-progress';

export const CHART_PROPS = {
  responsive: true,
  accessibilityLayer: false,
  margin: { top: 8, right: 20, bottom: 4, left: 0 },
} as const;

export const chartStyle = (height: number): CSSProperties => ({ width: '100%', height });

/** Legend text in the page's ink: the series colour stays on the swatch, where a pale one is still readable. */
export const LEGEND_PROPS = {
  wrapperStyle: { fontSize: 12, color: '#1b1b1f' },
  formatter: (value: string) => <span className="legend-text">{value}</span>,
};

export const AXIS_TICK = { fontSize: 12, fill: '#3a3a48' } as const;

/**
 * A fixed tick interval: recharts then skips measuring every label's text in the DOM to
 * decide which fit, the slowest part of drawing a chart. About eight months are named.
 */
export function monthInterval(months: number): number {
  return Math.max(0, Math.ceil(months / 8) - 1);
}

/**
 * The grid and the month axis every monthly chart draws. An array of elements, not a
 * component: recharts looks for its axes among the chart's direct children.
 */
export function monthAxisElements(months: number, inProgress: MonthInProgress | null) {
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" vertical={false} />,
    <XAxis
      key="months"
      dataKey="period"
      tickFormatter={monthTick}
      tick={AXIS_TICK}
      interval={monthInterval(months)}
    />,
    // The month in progress shaded, with a dashed edge and its word: not a whole month.
    ...(inProgress === null
      ? []
      : [
          <ReferenceArea
            key="in-progress"
            className="month-in-progress"
            x1={inProgress.period}
            x2={inProgress.period}
            fill="#e3e3fd"
            fillOpacity={0.6}
            stroke="#6a6af4"
            strokeDasharray="4 3"
            // Anchored at the band's right edge: the last band is at the chart's edge.
            label={{
              value: inProgress.shortLabel,
              position: 'insideTopRight',
              fontSize: 11,
              fill: '#3a3a48',
            }}
            ifOverflow="extendDomain"
          />,
        ]),
  ];
}

/**
 * Tooltip lines in the page's ink: recharts writes each in its series' colour, too pale
 * on white for several of them (WCAG 1.4.3); the swatch keeps the colour.
 */
export const TOOLTIP_PROPS = { itemStyle: { color: '#1b1b1f' } } as const;

export const MONTH_TOOLTIP = <Tooltip labelFormatter={monthTooltipLabel} {...TOOLTIP_PROPS} />;

/** A month-by-month line: gaps stay gaps (a month without a journal is not a zero). */
export const SERIES_LINE = {
  strokeWidth: 2,
  dot: { r: 3 },
  connectNulls: false,
  isAnimationActive: false,
} as const;
