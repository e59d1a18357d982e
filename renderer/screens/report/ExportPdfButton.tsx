// Exports the report as a PDF printed from this very template: the desktop app asks
// where to save it, the browser mode downloads it. The outcome is announced.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { downloadFile } from '../../export/download-file';
import { useLocale } from '../../i18n';

type ExportState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'done'; message: string }
  | { status: 'error'; error: unknown };

export function ExportPdfButton({ seekerId, asOf }: { seekerId: string; asOf: string }) {
  const { t } = useTranslation();
  const { client, info } = useApp();
  const locale = useLocale();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const inApp = info.mode === 'electron';

  const exportPdf = async () => {
    setState({ status: 'pending' });
    try {
      // Printed by another page (or browser): it is told the language to print in.
      const result = await client.invoke('report.exportPdf', { seekerId, asOf, locale });
      if (result.pdfBase64 !== null) {
        downloadFile(result.fileName, result.pdfBase64, 'application/pdf');
        setState({
          status: 'done',
          message: t('report.export.downloaded', { fileName: result.fileName }),
        });
      } else {
        setState(
          result.saved
            ? { status: 'done', message: t('report.export.saved', { fileName: result.fileName }) }
            : { status: 'idle' },
        );
      }
    } catch (error) {
      setState({ status: 'error', error });
    }
  };

  const pending = state.status === 'pending';
  return (
    <div className="report-export">
      <button
        type="button"
        className="primary"
        disabled={pending}
        aria-busy={pending}
        onClick={() => void exportPdf()}
      >
        {pending
          ? t('report.export.pending')
          : inApp
            ? t('report.export.save')
            : t('report.export.download')}
      </button>
      <p role="status" className="report-export-status">
        {state.status === 'done' ? state.message : ''}
      </p>
      {state.status === 'error' && <ErrorMessage error={state.error} />}
    </div>
  );
}
