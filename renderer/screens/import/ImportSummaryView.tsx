import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../shared/api/contract';
import type { ExportFormat } from '../../../shared/export/table';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useTableExport } from '../../export/use-table-export';
import { importIssuesTable } from './import-issues-csv';
import { useLocale } from '../../i18n';
import { reasonText } from '../../../shared/journal/reason-text';

type Summary = NonNullable<ImportJob['summary']>;

/** Beyond this many, the table shows the first ones and the exports have them all. */
const SHOWN_ISSUES = 1000;

const COUNTS = ['imported', 'updated', 'unchanged', 'rejected', 'warnings', 'reanalysed'] as const;

export function ImportSummaryView({ summary, files }: { summary: Summary; files: string[] }) {
  const { t } = useTranslation();
  const { info } = useApp();
  const locale = useLocale();
  const { exportTable, error: exportError } = useTableExport('import_issues');

  function exportIssues(format: ExportFormat) {
    const table = importIssuesTable(summary.issues, {
      header: [
        t('import.columns.file'),
        t('import.columns.line'),
        t('import.columns.seeker'),
        t('import.columns.severity'),
        t('import.columns.reason'),
      ],
      severity: { rejected: t('import.severity.rejected'), warning: t('import.severity.warning') },
      sheetName: t('import.issuesSheetName'),
      locale,
    });
    void exportTable(format, table, `${t('import.issuesFileName')}-${info.today}`);
  }

  return (
    <section aria-labelledby="import-summary-title" data-testid="import-summary">
      <h2 id="import-summary-title">{t('import.summaryTitle')}</h2>
      <p>{files.join(', ')}</p>
      <dl className="import-counts">
        {COUNTS.map((key) => (
          <div key={key} data-testid={`count-${key}`}>
            <dt>{t(`import.summary.${key}`)}</dt>
            <dd>{summary[key]}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('import.issuesTitle')}</h3>
      {summary.issues.length === 0 ? (
        <p>{t('import.noIssues')}</p>
      ) : (
        <>
          <button type="button" onClick={() => exportIssues('csv')}>
            {t('import.exportIssues')}
          </button>
          <button type="button" onClick={() => exportIssues('xlsx')}>
            {t('import.exportIssuesXlsx')}
          </button>
          {exportError !== null && <ErrorMessage error={exportError} />}
          <table className="import-issues" data-testid="import-issues">
            <thead>
              <tr>
                <th scope="col">{t('import.columns.file')}</th>
                <th scope="col">{t('import.columns.line')}</th>
                <th scope="col">{t('import.columns.seeker')}</th>
                <th scope="col">{t('import.columns.severity')}</th>
                <th scope="col">{t('import.columns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.issues.slice(0, SHOWN_ISSUES).map((issue, index) => (
                <tr key={index}>
                  <td>{issue.file}</td>
                  <td>{issue.line}</td>
                  <td>{issue.seekerId ?? ''}</td>
                  <td>{t(`import.severity.${issue.severity}`)}</td>
                  <td>{reasonText(issue.reason, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {summary.issues.length > SHOWN_ISSUES && (
            <p>{t('import.moreIssues', { shown: SHOWN_ISSUES, total: summary.issues.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
