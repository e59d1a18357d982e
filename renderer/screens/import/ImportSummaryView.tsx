import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../shared/api/contract';
import { useApp } from '../../app/app-context';
import { ImportIssuesTable } from './ImportIssuesTable';

type Summary = NonNullable<ImportJob['summary']>;

const COUNTS = ['imported', 'updated', 'unchanged', 'rejected', 'warnings', 'reanalysed'] as const;

export function ImportSummaryView({
  jobId,
  summary,
  files,
}: {
  jobId: string;
  summary: Summary;
  files: string[];
}) {
  const { t } = useTranslation();
  const { client } = useApp();
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
      <ImportIssuesTable
        firstPage={summary.issues}
        counted={summary.rejected + summary.warnings}
        loadPage={async (from) =>
          (await client.invoke('import.status', { jobId, issuesFrom: from })).summary!.issues
        }
      />
    </section>
  );
}
