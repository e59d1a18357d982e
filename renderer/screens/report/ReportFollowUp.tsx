// What the counsellor has already set in motion, to review at the interview: the action
// plan (each action's due date and status; withdrawn ones left out) and the latest notes.
import { useTranslation } from 'react-i18next';
import type { Note, PlanItem } from '../../../shared/api/contract';
import { formatLongDate, formatTimestamp } from '../../format';
import { ReportSection } from './ReportSection';

/** Enough to recall where things stood; the seeker page has them all. */
const LATEST_NOTES = 3;

export function ReportActionPlan({ actionPlan }: { actionPlan: readonly PlanItem[] }) {
  const { t } = useTranslation();
  const items = actionPlan.filter((item) => item.status !== 'cancelled');
  return (
    <ReportSection id="plan" title={t('report.sections.plan')}>
      {items.length === 0 ? (
        <p className="report-hint">{t('report.plan.none')}</p>
      ) : (
        <table className="data-table report-plan-table">
          <caption className="visually-hidden">{t('report.plan.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.plan.action')}</th>
              <th scope="col">{t('report.plan.dueOn')}</th>
              <th scope="col">{t('report.plan.status')}</th>
              <th scope="col">{t('report.plan.addedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.label}</th>
                <td>
                  {item.dueOn === null ? t('report.plan.noDueOn') : formatLongDate(item.dueOn)}
                </td>
                <td>{t(`seeker.plan.statuses.${item.status}`)}</td>
                <td>{formatLongDate(item.createdAt.slice(0, 10))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}

export function ReportNotes({ notes }: { notes: readonly Note[] }) {
  const { t } = useTranslation();
  // The page gives them newest first.
  const latest = notes.slice(0, LATEST_NOTES);
  return (
    <ReportSection id="notes" title={t('report.sections.notes')}>
      {latest.length === 0 ? (
        <p className="report-hint">{t('report.notes.none')}</p>
      ) : (
        <>
          {notes.length > latest.length && (
            <p className="report-hint">
              {t('report.notes.latestOf', { count: latest.length, total: notes.length })}
            </p>
          )}
          <ul className="report-items report-note-list">
            {latest.map((note) => (
              <li key={note.id} className="report-item">
                <p className="report-note-date">{formatTimestamp(note.createdAt)}</p>
                <p className="report-note-text">{note.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </ReportSection>
  );
}
