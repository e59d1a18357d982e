// The rejected lines and warnings of an import, with their reasons in the reader's
// language, and their export as CSV or XLSX: after an import, and for a past one. The
// server sends them a page at a time; the export asks for the pages not shown yet.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuePage, RejectedLine } from '../../../shared/api/contract';
import type { ExportFormat } from '../../../shared/export/table';
import { reasonText } from '../../../shared/journal/reason-text';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useTableExport } from '../../export/use-table-export';
import { useLocale } from '../../i18n';
import { formatNumber } from '../../format';
import { importIssuesTable } from './import-issues-csv';

export function ImportIssuesTable({
  firstPage,
  counted,
  loadPage,
  testId = 'import-issues',
}: {
  firstPage: IssuePage;
  /** How many rejected lines and warnings the import met, kept or not. */
  counted: number;
  loadPage: (from: number) => Promise<IssuePage>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { info } = useApp();
  const locale = useLocale();
  const { exportTable, error: exportError } = useTableExport('import_issues');
  const [issues, setIssues] = useState<RejectedLine[]>(firstPage.issues);
  const [nextFrom, setNextFrom] = useState<number | null>(firstPage.nextFrom);
  const [loadError, setLoadError] = useState<unknown>(null);
  useEffect(() => {
    setIssues(firstPage.issues);
    setNextFrom(firstPage.nextFrom);
  }, [firstPage]);

  if (issues.length === 0) return <p>{t('import.noIssues')}</p>;

  async function showMore(from: number) {
    setLoadError(null);
    try {
      const page = await loadPage(from);
      setIssues((shown) => [...shown, ...page.issues]);
      setNextFrom(page.nextFrom);
    } catch (e) {
      setLoadError(e);
    }
  }

  /** Every line the import kept: the pages not shown yet are asked for. */
  async function allKept(): Promise<RejectedLine[]> {
    const all = [...issues];
    for (let from = nextFrom; from !== null;) {
      const page = await loadPage(from);
      all.push(...page.issues);
      from = page.nextFrom;
    }
    return all;
  }

  async function exportIssues(format: ExportFormat) {
    setLoadError(null);
    let kept: RejectedLine[];
    try {
      kept = await allKept();
    } catch (e) {
      setLoadError(e);
      return;
    }
    const table = importIssuesTable(kept, {
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
      <button type="button" onClick={() => void exportIssues('csv')}>
        {t('import.exportIssues')}
      </button>
      <button type="button" onClick={() => void exportIssues('xlsx')}>
        {t('import.exportIssuesXlsx')}
      </button>
      {exportError !== null && <ErrorMessage error={exportError} />}
      {counted > firstPage.kept && (
        <p data-testid={`${testId}-not-kept`}>
          {t('import.issuesNotKept', {
            kept: formatNumber(firstPage.kept),
            counted: formatNumber(counted),
          })}
        </p>
      )}
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
          {issues.map((issue, index) => (
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
      {nextFrom !== null && (
        <button type="button" onClick={() => void showMore(nextFrom)}>
          {t('import.moreIssues', {
            shown: formatNumber(issues.length),
            kept: formatNumber(firstPage.kept),
          })}
        </button>
      )}
      {loadError !== null && <ErrorMessage error={loadError} />}
    </>
  );
}
