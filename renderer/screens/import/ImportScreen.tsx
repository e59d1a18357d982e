// Import: choose files (native dialog in the app, a file input in the browser), follow
// the progress, then read the summary and the rejected lines with their reasons.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob, StagedFile } from '../../../shared/api/contract';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ImportSummaryView } from './ImportSummaryView';
import { formatNumber, formatPercent } from '../../format';

const POLL_MS = 250;

export function ImportScreen() {
  const { t } = useTranslation();
  const { client } = useApp();
  const [files, setFiles] = useState<File[]>([]);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const running = job?.state === 'running';

  // Poll the running job until it ends; the server keeps it for a while after.
  useEffect(() => {
    if (!job || job.state !== 'running') return;
    const timer = setTimeout(() => {
      client.invoke('import.status', { jobId: job.id }).then(setJob, setError);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [client, job]);

  async function startImport(staged: StagedFile[]) {
    if (staged.length === 0) return;
    setJob(await client.invoke('import.start', { files: staged.map((f) => f.id) }));
  }

  async function onImport() {
    setError(null);
    setJob(null);
    try {
      if (client.transport === 'ipc') await startImport(await client.stageFiles());
      else await startImport(await client.stageFiles(files));
    } catch (e) {
      setError(e);
    }
  }

  const percent =
    job && job.bytesTotal > 0
      ? Math.min(100, Math.round((job.bytesRead / job.bytesTotal) * 100))
      : 0;

  return (
    <section aria-labelledby="import-title" className="import-screen">
      <h1 id="import-title">{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <div className="import-controls">
        {client.transport === 'http' && (
          <>
            <label htmlFor="import-files">{t('import.fileInputLabel')}</label>
            <input
              id="import-files"
              type="file"
              multiple
              accept=".jsonl,.ndjson,.json,.csv"
              onChange={(e) => setFiles([...(e.target.files ?? [])])}
            />
            {files.length > 0 && <span>{t('import.chosen', { count: files.length })}</span>}
          </>
        )}
        <button
          type="button"
          onClick={() => void onImport()}
          disabled={running || (client.transport === 'http' && files.length === 0)}
        >
          {client.transport === 'ipc' ? t('import.chooseFiles') : t('import.start')}
        </button>
      </div>
      {error !== null && <ErrorMessage error={error} />}
      {job?.state === 'running' && (
        <div className="import-progress">
          <p>{t('import.running')}</p>
          <progress aria-label={t('import.progressLabel')} max={100} value={percent} />
          <span aria-live="polite">
            {t('import.progressText', {
              percent: formatPercent(percent / 100),
              seekers: formatNumber(job.seekers),
            })}
          </span>
        </div>
      )}
      {job?.state === 'failed' && (
        <p role="alert" className="error-message">
          {t('import.failed', { message: job.error?.message ?? '' })}
        </p>
      )}
      {job?.state === 'completed' && job.summary && (
        <ImportSummaryView summary={job.summary} files={job.files} />
      )}
    </section>
  );
}
