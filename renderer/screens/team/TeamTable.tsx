// One row per counsellor of the team, now: the portfolio's size, its attention bands
// (each column named, its shape matching the grid's), its most frequent signals and the
// months declared. The name opens that counsellor's portfolio in the caseload grid, a
// frequent signal that portfolio filtered on it.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ATTENTION_BANDS } from '../../../shared/analysis/attention-bands';
import { signalName } from '../../i18n/analysis';
import type { CounsellorFigures, PortfolioFigures } from '../../../shared/api/team-dashboard';
import { hashOf } from '../../app/routes';
import { formatPercent } from '../../format';
import { counsellorName, teamFigures, topSignals } from './team-series';

const TOP_SIGNALS = 3;

interface Props {
  current: readonly CounsellorFigures[];
  caption: string;
}

export function TeamTable({ current, caption }: Props) {
  const { t } = useTranslation();
  const team = teamFigures(current);
  return (
    <table className="team-table" data-testid="team-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('team.table.counsellor')}</th>
          <th scope="col" className="numeric">
            {t('team.table.size')}
          </th>
          {ATTENTION_BANDS.map((band) => (
            <th key={band} scope="col" className="numeric">
              <span className={`band-marker band-marker--${band}`} aria-hidden="true" />
              {t(`team.attention.${band}`)}
            </th>
          ))}
          <th scope="col">{t('team.table.topSignals')}</th>
          <th scope="col" className="numeric">
            {t('team.table.declared')}
          </th>
        </tr>
      </thead>
      <tbody>
        {current.map((figures) => (
          <tr key={figures.counsellorId}>
            <th scope="row">
              <a href={hashOf({ screen: 'caseload', counsellorId: figures.counsellorId })}>
                {counsellorName(figures)}
                <span className="visually-hidden">, {t('team.table.openPortfolio')}</span>
              </a>
            </th>
            <FigureCells figures={figures} counsellorId={figures.counsellorId} t={t} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('team.table.total')}</th>
          <FigureCells figures={team} t={t} />
        </tr>
      </tfoot>
    </table>
  );
}

/** `counsellorId`: that portfolio's row; without it, the team's (its links open the whole team). */
function FigureCells({
  figures,
  counsellorId,
  t,
}: {
  figures: PortfolioFigures;
  counsellorId?: string;
  t: TFunction;
}) {
  const top = topSignals(figures, TOP_SIGNALS);
  return (
    <>
      <td className="numeric">{figures.portfolioSize}</td>
      {ATTENTION_BANDS.map((band) => (
        <td key={band} className="numeric">
          {figures.attention[band]}
        </td>
      ))}
      <td>
        {top.length === 0 ? (
          t('team.table.noSignal')
        ) : (
          <ul className="team-top-signals">
            {top.map((id) => (
              <li key={id}>
                <a
                  href={hashOf({
                    screen: 'caseload',
                    signal: id,
                    ...(counsellorId !== undefined && { counsellorId }),
                  })}
                >
                  {t('team.table.signalCount', {
                    signal: signalName(id),
                    count: figures.signals[id],
                  })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="numeric">
        {figures.declaredShare === null ? (
          t('team.table.noMonthDue')
        ) : (
          <>
            {formatPercent(figures.declaredShare)}{' '}
            <span className="team-declared-detail">
              (
              {t('team.table.declaredDetail', {
                declared: figures.declaredMonths,
                due: figures.dueMonths,
              })}
              )
            </span>
          </>
        )}
      </td>
    </>
  );
}
