// The latest imports: who ran them, when, which files, what they did and how each ended;
// a run's rejected lines can be read again (and exported) from here.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRun, IssuePage } from '../../../shared/api/contract';
import { useApp } from '../../app/app-context';
import { useApi } from '../../app/use-api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber, formatTimestamp } from '../../format';
import { ImportIssuesTable } from './ImportIssuesTable';

const COUNTS = ['imported', 'updated', 'unchanged', 'rejected'] as const;

function who(run: ImportRun, t: (key: string) => string): string {
  if (run.actor === null) return t('import.history.nobody');
  if (run.actor === 'cli') return t('import.history.cli');
  return run.actorName ? `${run.actorName} (${run.actor})` : run.actor;
}

/** `generation` changes when an import ends: the list is read again. */
export function ImportHistory({ generation }: { generation: number }) {
  const { t } = useTranslation();
  const { client, info } = useApp();
  const [runs, refresh] = useApi('import.history', {});
  // The lines quote the files: a team lead reads those of their own imports only.
  const mayRead = (run: ImportRun) =>
    info.user?.role === 'admin' || run.actor === info.user?.userId;
  const [shown, setShown] = useState<{ run: ImportRun; firstPage: IssuePage } | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The first read is useApi's own; each import that ends adds a run.
  useEffect(() => {
    if (generation > 0) refresh();
  }, [generation, refresh]);

  async function showIssues(run: ImportRun) {
    setError(null);
    try {
      const firstPage = await client.invoke('import.issues', { importRef: run.importRef });
      setShown({ run, firstPage });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="import-history-title" data-testid="import-history">
      <h2 id="import-history-title">{t('import.history.title')}</h2>
      {runs.status === 'error' && <ErrorMessage error={runs.error} />}
      {runs.value && runs.value.length === 0 && <p>{t('import.history.none')}</p>}
      {runs.value && runs.value.length > 0 && (
        <table className="import-history">
          <thead>
            <tr>
              <th scope="col">{t('import.history.columns.when')}</th>
              <th scope="col">{t('import.history.columns.who')}</th>
              <th scope="col">{t('import.history.columns.files')}</th>
              {COUNTS.map((key) => (
                <th scope="col" key={key}>
                  {t(`import.preview.counts.${key}`)}
                </th>
              ))}
              <th scope="col">{t('import.history.columns.status')}</th>
              <th scope="col">{t('import.history.columns.lines')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.value.map((run) => (
              <tr key={run.importRef} data-import-ref={run.importRef}>
                <td>{formatTimestamp(run.startedAt)}</td>
                <td>{who(run, t)}</td>
                <td>{run.files.join(', ')}</td>
                {COUNTS.map((key) => (
                  <td key={key}>{formatNumber(run[key])}</td>
                ))}
                <td>{t(`import.history.status.${run.status}`)}</td>
                <td>
                  {run.rejected + run.warnings > 0 && mayRead(run) && (
                    <button type="button" onClick={() => void showIssues(run)}>
                      {t('import.history.showLines', { importRef: run.importRef })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {shown && (
        <section aria-labelledby="import-history-lines-title">
          <h3 id="import-history-lines-title">
            {t('import.history.linesTitle', {
              importRef: shown.run.importRef,
              when: formatTimestamp(shown.run.startedAt),
            })}
          </h3>
          <ImportIssuesTable
            firstPage={shown.firstPage}
            counted={shown.run.rejected + shown.run.warnings}
            loadPage={(from) =>
              client.invoke('import.issues', { importRef: shown.run.importRef, from })
            }
            testId="import-history-issues"
          />
        </section>
      )}
    </section>
  );
}
