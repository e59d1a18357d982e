// The rejected lines and warnings of an import, with their reasons in the reader's
// language, and their export as CSV or XLSX: after an import, and for a past one.
import { useTranslation } from 'react-i18next';
import type { RejectedLine } from '../../../shared/api/contract';
import type { ExportFormat } from '../../../shared/export/table';
import { reasonText } from '../../../shared/journal/reason-text';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useTableExport } from '../../export/use-table-export';
import { useLocale } from '../../i18n';
import { importIssuesTable } from './import-issues-csv';

/** Beyond this many, the table shows the first ones and the exports have them all. */
const SHOWN_ISSUES = 1000;

export function ImportIssuesTable({
  issues,
  testId = 'import-issues',
}: {
  issues: readonly RejectedLine[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const { info } = useApp();
  const locale = useLocale();
  const { exportTable, error: exportError } = useTableExport('import_issues');

  if (issues.length === 0) return <p>{t('import.noIssues')}</p>;

  function exportIssues(format: ExportFormat) {
    const table = importIssuesTable(issues, {
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
    <>
      <button type="button" onClick={() => exportIssues('csv')}>
        {t('import.exportIssues')}
      </button>
      <button type="button" onClick={() => exportIssues('xlsx')}>
        {t('import.exportIssuesXlsx')}
      </button>
      {exportError !== null && <ErrorMessage error={exportError} />}
      <table className="import-issues" data-testid={testId}>
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
          {issues.slice(0, SHOWN_ISSUES).map((issue, index) => (
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
      {issues.length > SHOWN_ISSUES && (
        <p>{t('import.moreIssues', { shown: SHOWN_ISSUES, total: issues.length })}</p>
      )}
    </>
  );
}
