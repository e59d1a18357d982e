// Tableau de bord de l'équipe: the team lead sees each counsellor's portfolio now and
// how it moved over the year, and opens any portfolio from there.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDashboard } from '../../../shared/api/team-dashboard';
import { useApp } from '../../app/app-context';
import { useApi } from '../../app/use-api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatLongDate, formatMonth } from '../../format';
import '../../styles/seeker.css';
import '../../styles/team.css';
import { AttentionChart } from './AttentionChart';
import { SignalCountsTable } from './SignalCountsTable';
import { TeamTable } from './TeamTable';
import { TeamTrends } from './TeamTrends';
import { teamFigures } from './team-series';

export function TeamScreen() {
  const { t } = useTranslation();
  const { asOf } = useApp();
  const titleId = useId();
  const [dashboard, reload] = useApi('team.dashboard', { asOf });
  const value = dashboard.value;
  return (
    <section className="team-screen" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('team.title')}</h1>
      {value && (
        <p className="team-subtitle">
          {t('team.subtitle', {
            team: value.team,
            people: teamFigures(value.current).portfolioSize,
            count: value.current.length,
          })}
        </p>
      )}
      <p className="team-progress" role="status">
        {dashboard.status === 'loading' && t(value ? 'team.refreshing' : 'team.loading')}
      </p>
      {dashboard.status === 'error' && <ErrorMessage error={dashboard.error} onRetry={reload} />}
      {value && <DashboardView dashboard={value} />}
    </section>
  );
}

function DashboardView({ dashboard }: { dashboard: TeamDashboard }) {
  const { t } = useTranslation();
  const ids = { portfolios: useId(), attention: useId(), signals: useId(), trends: useId() };
  if (dashboard.current.length === 0) return <p>{t('team.noCounsellors')}</p>;
  return (
    <>
      <section aria-labelledby={ids.portfolios}>
        <h2 id={ids.portfolios}>{t('team.sections.portfolios')}</h2>
        <TeamTable
          current={dashboard.current}
          caption={t('team.table.caption', { date: formatLongDate(dashboard.asOf) })}
        />
        <p className="team-hint">
          {t('team.table.declaredHint', {
            from: formatMonth(dashboard.declaredWindow.from),
            to: formatMonth(dashboard.declaredWindow.to),
          })}
        </p>
      </section>
      <section aria-labelledby={ids.attention}>
        <h2 id={ids.attention}>{t('team.sections.attention')}</h2>
        <AttentionChart current={dashboard.current} />
      </section>
      <section aria-labelledby={ids.signals}>
        <h2 id={ids.signals}>{t('team.sections.signals')}</h2>
        <SignalCountsTable
          current={dashboard.current}
          caption={t('team.signals.caption', { date: formatLongDate(dashboard.asOf) })}
        />
      </section>
      <section aria-labelledby={ids.trends}>
        <h2 id={ids.trends}>{t('team.sections.trends')}</h2>
        <TeamTrends dashboard={dashboard} />
      </section>
    </>
  );
}
