// How the team's portfolios moved over the year: people in high attention, the share of
// months declared, and the people showing one signal the team lead picks.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { signalName } from '../../i18n/analysis';
import { SIGNAL_IDS } from '../../../shared/analysis/types';
import type { SignalId } from '../../../shared/analysis/types';
import type { TeamDashboard } from '../../../shared/api/team-dashboard';
import { formatMonth, formatNumber, formatPercent } from '../../format';
import { ChartCalendarContext } from '../seeker/charts/month-in-progress';
import { TrendChart } from './TrendChart';
import {
  declaredShareOf,
  highAttention,
  mostFrequentSignal,
  showingSignal,
  trendEnds,
} from './team-series';
import type { TrendRow } from './team-series';

const count = (value: number) => formatNumber(value);
const SHARE_AXIS = {
  domain: [0, 1] as [number, number],
  tickFormatter: (share: number) => formatPercent(share),
};

/** « 12 en novembre 2025, 15 en octobre 2026 »: the first and last months with a value. */
function endsSummary(t: TFunction, key: string, format: (value: number) => string) {
  return (rows: readonly TrendRow[]) => {
    const ends = trendEnds(rows);
    return (
      (ends &&
        t(key, {
          first: format(ends.first.team),
          firstMonth: formatMonth(ends.first.period),
          last: format(ends.last.team),
          lastMonth: formatMonth(ends.last.period),
        })) ||
      undefined
    );
  };
}

export function TeamTrends({ dashboard }: { dashboard: TeamDashboard }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [chosen, setChosen] = useState<SignalId | null>(null);
  const signal = chosen ?? mostFrequentSignal(dashboard.current);
  const signalMetric = useMemo(() => showingSignal(signal), [signal]);
  const none = t('team.charts.none');
  return (
    // asOf's month, until its declaration opens, is a partial point on every trend.
    <ChartCalendarContext value={dashboard.calendar}>
      <div className="team-trends">
        <TrendChart
          testId="team-chart-high"
          title={t('team.charts.high.title')}
          summary={endsSummary(t, 'team.charts.high.summary', count)}
          history={dashboard.history}
          metric={highAttention}
          format={count}
          missing={none}
        />
        <TrendChart
          testId="team-chart-declared"
          title={t('team.charts.declared.title')}
          summary={endsSummary(t, 'team.charts.declared.summary', (share) => formatPercent(share))}
          history={dashboard.history}
          metric={declaredShareOf}
          format={(share) => formatPercent(share)}
          missing={t('team.charts.declared.notDue')}
          yAxis={SHARE_AXIS}
        />
        {/* The choice sits right above the one chart it changes. */}
        <div>
          <div className="team-field">
            <label htmlFor={selectId}>{t('team.charts.signal.choose')}</label>
            <select
              id={selectId}
              value={signal}
              onChange={(event) => setChosen(event.target.value as SignalId)}
            >
              {SIGNAL_IDS.map((id) => (
                <option key={id} value={id}>
                  {signalName(id)}
                </option>
              ))}
            </select>
          </div>
          <TrendChart
            testId="team-chart-signal"
            title={t('team.charts.signal.title', { signal: signalName(signal) })}
            summary={endsSummary(t, 'team.charts.signal.summary', count)}
            history={dashboard.history}
            metric={signalMetric}
            format={count}
            missing={none}
          />
        </div>
      </div>
    </ChartCalendarContext>
  );
}
