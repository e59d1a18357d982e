// « Tout ce que Jalon détient sur cette personne », as JSON or PDF: the server writes the
// file and records the export; the desktop app asks where to save it, the browser mode
// downloads it. The outcome is announced.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { downloadFile } from '../../export/download-file';
import { useLocale } from '../../i18n';

const MIME_TYPES = { json: 'application/json', pdf: 'application/pdf' } as const;

type ExportState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'done'; message: string }
  | { status: 'error'; error: unknown };

export function DossierExportButtons({ seekerId }: { seekerId: string }) {
  const { t } = useTranslation();
  const { client } = useApp();
  const locale = useLocale();
  const [state, setState] = useState<ExportState>({ status: 'idle' });

  async function exportAs(format: 'json' | 'pdf') {
    setState({ status: 'pending' });
    try {
      const file = await client.invoke('dpo.export', { seekerId, format, locale });
      if (file.base64 !== null) {
        downloadFile(file.fileName, file.base64, MIME_TYPES[format]);
        setState({
          status: 'done',
          message: t('dpo.export.downloaded', { fileName: file.fileName }),
        });
      } else {
        setState(
          file.saved
            ? { status: 'done', message: t('dpo.export.saved', { fileName: file.fileName }) }
            : { status: 'idle' },
        );
      }
    } catch (error) {
      setState({ status: 'error', error });
    }
  }

  const pending = state.status === 'pending';
  return (
    <div className="dpo-export">
      <div className="dpo-export-buttons">
        <button
          type="button"
          className="primary"
          disabled={pending}
          onClick={() => void exportAs('pdf')}
        >
          {t('dpo.export.pdf')}
        </button>
        <button type="button" disabled={pending} onClick={() => void exportAs('json')}>
          {t('dpo.export.json')}
        </button>
      </div>
      <p role="status">
        {pending ? t('dpo.export.pending') : state.status === 'done' ? state.message : ''}
      </p>
      {state.status === 'error' && <ErrorMessage error={state.error} />}
    </div>
  );
}
