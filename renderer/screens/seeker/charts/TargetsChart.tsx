import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthlyIndicators } from '../../../../shared/analysis/types';
import { targetsSummary } from '../chart-series';
import type { FamilyRow, TargetsSummary } from '../chart-series';
import { formatPercent } from '../../../format';
import { AXIS_TICK, CHART_PROPS, chartStyle, TOOLTIP_PROPS } from './chart-frame';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import type { Column } from './DataTable';

const ORE_FAMILY_FILL = '#1f5fbf';
const OTHER_FAMILY_FILL = '#d08a3c';

/**
 * Where the applications went, by grand domaine: the ORE's own domaines are marked in
 * the axis label as well as by colour, and the caption says how many applications fell
 * within the ORE jobs and their mobilities.
 */
export function TargetsChart({
  indicators,
  oreFamilies,
}: {
  indicators: readonly MonthlyIndicators[];
  oreFamilies: readonly string[];
}) {
  const { t } = useTranslation();
  const summary = useMemo(() => targetsSummary(indicators, oreFamilies), [indicators, oreFamilies]);
  const familyName = (row: FamilyRow) => t(`seeker.families.${row.family || 'unknown'}`);
  const axisLabel = (row: FamilyRow) =>
    familyName(row) + (row.oreFamily ? t('seeker.charts.targets.oreMarker') : '');
  const rows = summary.families.map((row) => ({ ...row, label: axisLabel(row) }));
  const columns: Column<FamilyRow>[] = [
    { header: t('seeker.charts.targets.family'), cell: familyName },
    {
      header: t('seeker.charts.targets.applications'),
      numeric: true,
      cell: (row) => row.applications,
    },
    {
      header: t('seeker.charts.targets.oreFamily'),
      cell: (row) => (row.oreFamily ? t('seeker.header.yes') : t('seeker.header.no')),
    },
  ];
  const title = t('seeker.charts.targets.title');
  return (
    <ChartFigure
      testId="chart-targets"
      title={title}
      summary={withinOreSentence(t, summary)}
      chart={
        <BarChart
          {...CHART_PROPS}
          layout="vertical"
          style={chartStyle(Math.max(120, 34 * rows.length + 40))}
          data={rows}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" interval={0} allowDecimals={false} tick={AXIS_TICK} />
          <YAxis type="category" interval={0} dataKey="label" tick={AXIS_TICK} width={190} />
          <Tooltip {...TOOLTIP_PROPS} />
          <Bar
            dataKey="applications"
            name={t('seeker.charts.targets.applications')}
            isAnimationActive={false}
          >
            {rows.map((row) => (
              <Cell key={row.family} fill={row.oreFamily ? ORE_FAMILY_FILL : OTHER_FAMILY_FILL} />
            ))}
          </Bar>
        </BarChart>
      }
      table={
        <DataTable
          caption={title}
          columns={columns}
          rows={summary.families}
          rowKey={(row) => row.family}
        />
      }
    />
  );
}

function withinOreSentence(t: TFunction, summary: TargetsSummary): string {
  if (summary.targeted === 0) return t('seeker.charts.targets.noTargets');
  return t('seeker.charts.targets.withinOre', {
    within: summary.withinOre,
    targeted: summary.targeted,
    outside: summary.targeted - summary.withinOre,
    percent: formatPercent(summary.withinOre / summary.targeted),
  });
}
