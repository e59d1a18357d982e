// Every signal, with how many people show it in each portfolio and in the whole team:
// the counts behind the « most frequent signals » of the counsellors' table. A count
// opens that portfolio in the grid, filtered on that signal.
import { useTranslation } from 'react-i18next';
import { signalName } from '../../i18n/analysis';
import { SIGNAL_IDS } from '../../../shared/analysis/types';
import type { CounsellorFigures } from '../../../shared/api/team-dashboard';
import type { SignalId } from '../../../shared/analysis/types';
import { hashOf } from '../../app/routes';
import { counsellorName, teamFigures } from './team-series';

export function SignalCountsTable({
  current,
  caption,
}: {
  current: readonly CounsellorFigures[];
  caption: string;
}) {
  const { t } = useTranslation();
  const team = teamFigures(current);
  return (
    <table className="team-table team-signal-counts" data-testid="team-signal-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('team.signals.signal')}</th>
          {current.map((figures) => (
            <th key={figures.counsellorId} scope="col" className="numeric">
              {counsellorName(figures)}
            </th>
          ))}
          <th scope="col" className="numeric">
            {t('team.table.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {SIGNAL_IDS.map((id) => (
          <tr key={id}>
            <th scope="row">{signalName(id)}</th>
            {current.map((figures) => (
              <td key={figures.counsellorId} className="numeric">
                <CountLink
                  count={figures.signals[id]}
                  counsellorId={figures.counsellorId}
                  signal={id}
                  label={t('team.signals.openFiltered', {
                    count: figures.signals[id],
                    signal: signalName(id),
                    counsellor: counsellorName(figures),
                  })}
                />
              </td>
            ))}
            <td className="numeric">{team.signals[id]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CountLink({
  count,
  counsellorId,
  signal,
  label,
}: {
  count: number;
  counsellorId: string;
  signal: SignalId;
  label: string;
}) {
  // Nobody to list: a link to an empty grid would only waste a click.
  if (count === 0) return <>{count}</>;
  return (
    <a href={hashOf({ screen: 'caseload', counsellorId, signal })} aria-label={label}>
      {count}
    </a>
  );
}
