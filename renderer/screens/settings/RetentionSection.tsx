// Réglages › Conservation (administrators): how long people no import carries any more
// are kept before the daily purge removes them with everything held about them.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isValidRetentionMonths,
  MAX_RETENTION_MONTHS,
  MIN_RETENTION_MONTHS,
} from '../../../shared/api/retention';
import type { RetentionView } from '../../../shared/api/retention';
import { useApp } from '../../app/app-context';
import { useAction } from '../../app/use-action';
import { useApi } from '../../app/use-api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatLongDate } from '../../format';

export function RetentionSection() {
  const { t } = useTranslation();
  const { client } = useApp();
  const [loaded, reload] = useApi('retention.get', {});
  const save = useAction<RetentionView>();
  const view = save.value ?? loaded.value;
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    if (view) setDraft(String(view.months));
  }, [view]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const months = Number(draft);
    if (draft.trim() === '' || !isValidRetentionMonths(months)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    save.run(() => client.invoke('retention.update', { months }));
  };

  return (
    <section aria-labelledby="retention-title" className="retention-section">
      <h2 id="retention-title">{t('settings.retention.title')}</h2>
      <p id="retention-help">{t('settings.retention.help')}</p>
      {loaded.status === 'error' && <ErrorMessage error={loaded.error} onRetry={reload} />}
      {view && (
        <>
          <form onSubmit={submit} noValidate>
            <label htmlFor="retention-months">{t('settings.retention.label')}</label>{' '}
            <input
              id="retention-months"
              type="number"
              inputMode="numeric"
              min={MIN_RETENTION_MONTHS}
              max={MAX_RETENTION_MONTHS}
              step={1}
              value={draft}
              aria-describedby="retention-help retention-bounds"
              aria-invalid={invalid}
              onChange={(e) => setDraft(e.target.value)}
            />{' '}
            <button type="submit" className="primary" disabled={save.pending}>
              {save.pending ? t('settings.retention.saving') : t('settings.retention.save')}
            </button>
            <p
              id="retention-bounds"
              className={invalid ? 'field-error' : 'hint'}
              role={invalid ? 'alert' : undefined}
            >
              {t(invalid ? 'settings.retention.invalid' : 'settings.retention.bounds', {
                min: MIN_RETENTION_MONTHS,
                max: MAX_RETENTION_MONTHS,
                default: view.defaultMonths,
              })}
            </p>
          </form>
          <div aria-live="polite">
            {save.value && (
              <p role="status" className="settings-saved">
                {t('settings.retention.saved', { count: save.value.months })}
              </p>
            )}
          </div>
          {save.error !== null && <ErrorMessage error={save.error} />}
          <p>{t('settings.retention.cutoff', { date: formatLongDate(view.cutoff) })}</p>
          <p>
            {view.lastRunOn === null
              ? t('settings.retention.neverRun')
              : t('settings.retention.lastRun', { date: formatLongDate(view.lastRunOn) })}
          </p>
        </>
      )}
    </section>
  );
}
