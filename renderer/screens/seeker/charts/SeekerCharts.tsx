import { useTranslation } from 'react-i18next';
import type { MonthlyIndicators } from '../../../../shared/analysis/types';
import type { Ore } from '../../../../shared/journal/contract';
import type { DeclarationCalendar } from '../../../../shared/analysis/declaration-calendar';
import { ActionsChart } from './ActionsChart';
import { ChartCalendarContext } from './month-in-progress';
import { DistanceChart } from './DistanceChart';
import { FunnelChart } from './FunnelChart';
import { MoodChart } from './MoodChart';
import { TargetsChart } from './TargetsChart';

/** The five monthly charts of the analysis's indicators. */
export function SeekerCharts({
  indicators,
  ore,
  oreFamilies,
  calendar,
}: {
  indicators: readonly MonthlyIndicators[];
  ore: Ore;
  /** The grand domaines of the ORE's jobs (SeekerPage.oreFamilies). */
  oreFamilies: readonly string[];
  calendar: DeclarationCalendar;
}) {
  const { t } = useTranslation();
  return (
    <ChartCalendarContext value={calendar}>
      <section className="seeker-charts" aria-labelledby="charts-title">
        <h2 id="charts-title">{t('seeker.sections.charts')}</h2>
        <div className="chart-grid">
          <ActionsChart indicators={indicators} />
          <FunnelChart indicators={indicators} />
          <TargetsChart indicators={indicators} oreFamilies={oreFamilies} />
          <DistanceChart indicators={indicators} radiusKm={ore.max_distance_km} />
          <MoodChart indicators={indicators} />
        </div>
      </section>
    </ChartCalendarContext>
  );
}
