// What an import would do, said before it does it: people added, journals replaced,
// unchanged, lines rejected. Replacing journals already stored asks for a confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../shared/api/contract';
import { formatNumber, formatTimestamp } from '../../format';

type Summary = NonNullable<ImportJob['summary']>;

const COUNTS = ['imported', 'updated', 'unchanged', 'rejected'] as const;

export function ImportPreview({
  summary,
  files,
  onConfirm,
  onCancel,
}: {
  summary: Summary;
  files: string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [replaceConfirmed, setReplaceConfirmed] = useState(false);
  const replaces = summary.updated > 0;
  return (
    <section aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 id="import-preview-title">{t('import.preview.title')}</h2>
      <p>{files.join(', ')}</p>
      <dl className="import-counts">
        {COUNTS.map((key) => (
          <div key={key} data-testid={`preview-${key}`}>
            <dt>{t(`import.preview.counts.${key}`)}</dt>
            <dd>{formatNumber(summary[key])}</dd>
          </div>
        ))}
      </dl>
      {summary.sameContentAs && (
        <p>
          {t('import.preview.sameContent', {
            importRef: summary.sameContentAs.importRef,
            when: formatTimestamp(summary.sameContentAs.startedAt),
          })}
        </p>
      )}
      {replaces && (
        <>
          <p className="import-preview-warning">
            {t('import.preview.replaceWarning', { count: summary.updated })}
          </p>
          <label className="import-preview-confirm">
            <input
              type="checkbox"
              checked={replaceConfirmed}
              onChange={(e) => setReplaceConfirmed(e.target.checked)}
            />
            {t('import.preview.replaceConfirm', { count: summary.updated })}
          </label>
        </>
      )}
      <div className="import-controls">
        <button type="button" onClick={onConfirm} disabled={replaces && !replaceConfirmed}>
          {t('import.preview.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.preview.cancel')}
        </button>
      </div>
    </section>
  );
}
