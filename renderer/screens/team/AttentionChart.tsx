// How each counsellor's portfolio splits into the three attention bands, now: one bar a
// counsellor, stacked from high to low. Each band has its own fill pattern as well as
// its colour, and the figures are in the table behind the disclosure.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ATTENTION_BANDS } from '../../../shared/analysis/attention-bands';
import type { AttentionBand } from '../../../shared/analysis/attention-bands';
import type { CounsellorFigures } from '../../../shared/api/team-dashboard';
import {
  AXIS_TICK,
  CHART_PROPS,
  chartStyle,
  TOOLTIP_PROPS,
  LEGEND_PROPS,
} from '../seeker/charts/chart-frame';
import { ChartFigure } from '../seeker/charts/ChartFigure';
import { DataTable } from '../seeker/charts/DataTable';
import type { Column } from '../seeker/charts/DataTable';
import { counsellorName, teamFigures } from './team-series';

const BAND_COLOURS: Record<AttentionBand, string> = {
  high: '#b3261e',
  medium: '#c77c02',
  low: '#2e7d4f',
};

const patternId = (band: AttentionBand) => `team-attention-${band}`;

/** Hatching for high, dots for medium, plain for low: the bands apart without colour. */
function BandPatterns() {
  return (
    <defs>
      <pattern
        id={patternId('high')}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={BAND_COLOURS.high} />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
      </pattern>
      <pattern id={patternId('medium')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={BAND_COLOURS.medium} />
        <circle cx="3" cy="3" r="1.3" fill="#fff" />
      </pattern>
      <pattern id={patternId('low')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={BAND_COLOURS.low} />
      </pattern>
    </defs>
  );
}

interface BarRow {
  name: string;
  figures: CounsellorFigures;
}

export function AttentionChart({ current }: { current: readonly CounsellorFigures[] }) {
  const { t } = useTranslation();
  const rows: BarRow[] = current.map((figures) => ({ name: counsellorName(figures), figures }));
  const team = teamFigures(current);
  const title = t('team.charts.distribution.title');
  const columns: Column<BarRow>[] = [
    { header: t('team.charts.counsellor'), cell: (row) => row.name },
    ...ATTENTION_BANDS.map((band): Column<BarRow> => ({
      header: t(`team.attention.${band}`),
      numeric: true,
      cell: (row) => row.figures.attention[band],
    })),
  ];
  return (
    <ChartFigure
      testId="team-chart-attention"
      title={title}
      summary={t('team.charts.distribution.summary', {
        count: team.attention.high,
        total: team.portfolioSize,
      })}
      chart={
        <BarChart {...CHART_PROPS} style={chartStyle(280)} data={rows}>
          <BandPatterns />
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={AXIS_TICK} interval={0} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
          <Tooltip {...TOOLTIP_PROPS} />
          <Legend {...LEGEND_PROPS} />
          {ATTENTION_BANDS.map((band) => (
            <Bar
              key={band}
              stackId="attention"
              dataKey={(row: BarRow) => row.figures.attention[band]}
              name={t(`team.attention.${band}`)}
              fill={`url(#${patternId(band)})`}
              stroke={BAND_COLOURS[band]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <DataTable
          caption={title}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.figures.counsellorId}
        />
      }
    />
  );
}
