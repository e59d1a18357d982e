// Import: choose files (native dialog in the app, a file input in the browser); the
// files are first read and checked without writing (a preview: who would be added,
// replaced, left unchanged), the import runs once confirmed, then the summary and the
// rejected lines with their reasons. Past imports are listed below.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob, StagedFile } from '../../../shared/api/contract';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ImportHistory } from './ImportHistory';
import { ImportPreview } from './ImportPreview';
import { ImportSummaryView } from './ImportSummaryView';
import { formatNumber, formatPercent } from '../../format';
import { useLocale } from '../../i18n';
import { reasonText } from '../../../shared/journal/reason-text';

const POLL_MS = 250;

export function ImportScreen() {
  const { t } = useTranslation();
  const { client } = useApp();
  const locale = useLocale();
  const [files, setFiles] = useState<File[]>([]);
  /** The staged files of the preview on screen, imported as they are once confirmed. */
  const [staged, setStaged] = useState<StagedFile[]>([]);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [importsEnded, setImportsEnded] = useState(0);
  const running = job?.state === 'running';

  // Poll the running job until it ends; the server keeps it for a while after.
  useEffect(() => {
    if (!job || job.state !== 'running') return;
    const timer = setTimeout(() => {
      client.invoke('import.status', { jobId: job.id }).then((next) => {
        setJob(next);
        if (next.kind === 'import' && next.state !== 'running') setImportsEnded((n) => n + 1);
      }, setError);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [client, job]);

  async function onCheck() {
    setError(null);
    setJob(null);
    try {
      const chosen =
        client.transport === 'ipc' ? await client.stageFiles() : await client.stageFiles(files);
      if (chosen.length === 0) return;
      setStaged(chosen);
      setJob(await client.invoke('import.preview', { files: chosen.map((f) => f.id) }));
    } catch (e) {
      setError(e);
    }
  }

  async function onConfirm() {
    setError(null);
    try {
      setJob(await client.invoke('import.start', { files: staged.map((f) => f.id) }));
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
          onClick={() => void onCheck()}
          disabled={running || (client.transport === 'http' && files.length === 0)}
        >
          {client.transport === 'ipc' ? t('import.chooseFiles') : t('import.start')}
        </button>
      </div>
      {error !== null && <ErrorMessage error={error} />}
      {job?.state === 'running' && (
        <div className="import-progress">
          <p>{t(job.kind === 'preview' ? 'import.checking' : 'import.running')}</p>
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
          {t('import.failed', {
            message: job.error?.reason
              ? reasonText(job.error.reason, locale)
              : (job.error?.message ?? ''),
          })}
        </p>
      )}
      {job?.state === 'completed' && job.summary && job.kind === 'preview' && (
        <ImportPreview
          summary={job.summary}
          files={job.files}
          onConfirm={() => void onConfirm()}
          onCancel={() => setJob(null)}
        />
      )}
      {job?.state === 'completed' && job.summary && job.kind === 'import' && (
        <ImportSummaryView jobId={job.id} summary={job.summary} files={job.files} />
      )}
      <ImportHistory generation={importsEnded} />
    </section>
  );
}
