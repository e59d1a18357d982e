import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../shared/api/client';

/** An error as a sentence chosen from its code (the message only fills in details). */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = error instanceof ApiCallError ? error.code : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="error-message">
      <p>{t(`common.errors.${code}`, { message })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
