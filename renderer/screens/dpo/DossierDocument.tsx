// « Tout ce que Jalon détient sur cette personne », the document alone: the page the PDF
// printers open (#/dpo/ID?print=1) with the print session of a dpo.export. Every
// section of the JSON export, in words; the root says when it is ready to print
// (shared/report/print-route.ts), like the interview report's.
import { useTranslation } from 'react-i18next';
import { REPORT_STATE_ATTRIBUTE } from '../../../shared/report/print-route';
import type { ReportPageState } from '../../../shared/report/print-route';
import type { PersonDossier } from '../../../shared/api/dpo';
import { useApi } from '../../app/use-api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatLongDate, formatMonth, formatShortDate, formatTimestamp } from '../../format';
import { recommendationName, signalName } from '../../i18n/analysis';
import { modalityLabel } from '../caseload/column-defs';
import { ReadsTable } from './ReadsTable';
import '../../styles/report.css';
import '../../styles/history-audit.css';
import '../../styles/dossier.css';

export function DossierDocument({ seekerId }: { seekerId: string }) {
  const { t } = useTranslation();
  const [dossier] = useApi('dpo.dossier', { seekerId });
  const state: ReportPageState =
    dossier.status === 'error' ? 'error' : dossier.status === 'ready' ? 'ready' : 'loading';

  return (
    <div className="report-screen is-print">
      <article className="report dossier" {...{ [REPORT_STATE_ATTRIBUTE]: state }}>
        {dossier.status === 'error' && <ErrorMessage error={dossier.error} />}
        {dossier.value === undefined ? (
          dossier.status === 'loading' && <p className="loading">{t('dpo.document.loading')}</p>
        ) : (
          <DossierSections dossier={dossier.value} />
        )}
      </article>
    </div>
  );
}

function DossierSections({ dossier }: { dossier: PersonDossier }) {
  const { t } = useTranslation();
  const { journal, analysis, decisions } = dossier;
  const name = `${journal.first_name} ${journal.last_name}`;
  const unknown = t('dpo.document.unknown');
  const facts: [string, string][] = [
    [t('dpo.document.name'), name],
    [t('dpo.document.id'), journal.seeker_id],
    [t('dpo.document.birthYear'), journal.birth_year?.toString() ?? unknown],
    [t('dpo.document.commune'), journal.commune ?? unknown],
    [t('dpo.document.registeredOn'), formatLongDate(journal.registered_on)],
    [t('dpo.document.category'), journal.category],
    [t('dpo.document.modality'), modalityLabel(t, journal.modality)],
    [t('dpo.document.counsellor'), journal.counsellor_id],
    [
      t('dpo.document.benefitEnd'),
      journal.benefit_end ? formatLongDate(journal.benefit_end) : unknown,
    ],
  ];
  return (
    <>
      <h1>{t('dpo.document.title')}</h1>
      <p>
        {t('dpo.document.produced', {
          date: formatTimestamp(dossier.producedAt),
          by: dossier.producedBy,
        })}
      </p>

      <section>
        <h2>{t('dpo.document.identity')}</h2>
        <dl className="dossier-facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section>
        <h2>{t('dpo.document.journal')}</h2>
        {journal.months.length === 0 ? (
          <p>{t('dpo.document.noMonths')}</p>
        ) : (
          <table className="trail-table dossier-journal">
            <caption className="visually-hidden">{t('dpo.document.journalCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dpo.document.period')}</th>
                <th scope="col">{t('dpo.document.mood')}</th>
                <th scope="col">{t('dpo.document.comment')}</th>
                <th scope="col">{t('dpo.document.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {journal.months.map((month) => (
                <tr key={month.period}>
                  <th scope="row">{formatMonth(month.period)}</th>
                  <td>{month.mood ?? unknown}</td>
                  <td>{month.comment ?? ''}</td>
                  <td>
                    <ul>
                      {month.actions.map((action) => (
                        <li key={action.id}>
                          {formatShortDate(action.date)} — {t(`seeker.actionTypes.${action.type}`)}
                          {action.employer ? ` — ${action.employer}` : ''} —{' '}
                          {t(`seeker.outcomes.${action.outcome}`)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h2>{t('dpo.document.analysis')}</h2>
        <p>
          {t('dpo.document.analysisComputed', {
            date: formatLongDate(analysis.asOf),
            attention: analysis.result.attention,
          })}
        </p>
        <h3>{t('dpo.document.signals')}</h3>
        <List
          items={analysis.result.signals.map((signal) => signalName(signal.id))}
          empty={t('dpo.document.none')}
        />
        <h3>{t('dpo.document.recommendations')}</h3>
        <List
          items={analysis.result.recommendations.map((rec) => recommendationName(rec.id))}
          empty={t('dpo.document.none')}
        />
      </section>

      <section>
        <h2>{t('dpo.document.decisions')}</h2>
        <List
          items={[
            ...decisions.accepted.map((item) =>
              t('dpo.document.accepted', {
                date: formatLongDate(item.createdAt.slice(0, 10)),
                label: item.label,
              }),
            ),
            ...decisions.dismissed.map((dismissal) =>
              t('dpo.document.dismissed', {
                date: formatLongDate(dismissal.dismissedOn),
                label: recommendationName(dismissal.recommendationId),
                reason: dismissal.reason,
              }),
            ),
          ]}
          empty={t('dpo.document.noDecisions')}
        />
      </section>

      <section>
        <h2>{t('dpo.document.plan')}</h2>
        <List
          items={dossier.plan.map((item) =>
            [
              t('dpo.document.planItem', {
                label: item.label,
                status: t(`seeker.plan.statuses.${item.status}`),
              }),
              item.dueOn ? t('dpo.document.planDue', { date: formatLongDate(item.dueOn) }) : null,
            ]
              .filter(Boolean)
              .join(', '),
          )}
          empty={t('dpo.document.noPlan')}
        />
      </section>

      <section>
        <h2>{t('dpo.document.notes')}</h2>
        <List
          items={dossier.notes.map((note) => `${formatTimestamp(note.createdAt)} — ${note.text}`)}
          empty={t('dpo.document.noNotes')}
        />
      </section>

      <section>
        <h2>{t('dpo.reads.title')}</h2>
        <ReadsTable reads={dossier.reads} name={name} />
      </section>

      <section>
        <h2>{t('dpo.document.trail')}</h2>
        {dossier.trail.length === 0 ? (
          <p>{t('dpo.document.noTrail')}</p>
        ) : (
          <table className="trail-table">
            <caption className="visually-hidden">{t('dpo.document.trailCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dpo.reads.at')}</th>
                <th scope="col">{t('dpo.document.actor')}</th>
                <th scope="col">{t('dpo.document.action')}</th>
                <th scope="col">{t('dpo.document.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {dossier.trail.map((entry, index) => (
                <tr key={index}>
                  <td>
                    <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>{t(`audit.actions.${entry.action.replace(/\./g, '_')}`, entry.action)}</td>
                  <td>{entry.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function List({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
