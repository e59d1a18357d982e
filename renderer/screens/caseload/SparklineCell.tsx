// Twelve months of activity as a tiny line: plain SVG (ag-grid's sparklines are
// Enterprise, and a chart library per cell would not scroll smoothly over 10,000 rows).
import type { CustomCellRendererProps } from 'ag-grid-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../shared/api/contract';
import { formatDayInMonth } from '../../format';
import { formatMonth } from './format';
import type { CaseloadGridContext } from './grid-context';
import { polylineAttribute, sparklineShape } from './sparkline';
import type { SparklineBox } from './sparkline';

const BOX: SparklineBox = { width: 96, height: 26, padding: 3 };
const LAST_POINT_RADIUS = 2.5;

export const SparklineCell = memo(function SparklineCell({
  value,
  context,
}: CustomCellRendererProps<CaseloadRow, number[], CaseloadGridContext>) {
  const { t } = useTranslation();
  if (!value || value.length === 0) return null;
  const periods = context.activityPeriods;
  const { periodInProgress, asOf } = context.calendar;
  const { complete, inProgress } = sparklineShape(value, periods, periodInProgress, BOX);
  const lastComplete = complete[complete.length - 1]!;
  const label = t('caseload.sparkline.label', {
    from: formatMonth(periods[0] ?? null),
    to: formatMonth(periods[periods.length - 1] ?? null),
    figures: value.join(', '),
  });
  const inProgressLabel =
    inProgress === null
      ? ''
      : ` (${t('caseload.sparkline.lastInProgress', {
          status: t('common.monthStatus.inProgress', { date: formatDayInMonth(asOf) }),
        })})`;
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label + inProgressLabel}
      width={BOX.width}
      height={BOX.height}
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
    >
      <line
        className="sparkline__baseline"
        x1={0}
        x2={BOX.width}
        y1={BOX.height - BOX.padding}
        y2={BOX.height - BOX.padding}
      />
      <polyline className="sparkline__line" points={polylineAttribute(complete)} />
      {/* The last whole month stands out: the one the counsellor acts on. */}
      <circle
        className="sparkline__last"
        cx={lastComplete.x}
        cy={lastComplete.y}
        r={LAST_POINT_RADIUS}
      />
      {inProgress && (
        <>
          <polyline
            className="sparkline__in-progress"
            points={polylineAttribute([lastComplete, inProgress])}
          />
          <circle
            className="sparkline__in-progress-point"
            cx={inProgress.x}
            cy={inProgress.y}
            r={LAST_POINT_RADIUS}
          />
        </>
      )}
    </svg>
  );
});
