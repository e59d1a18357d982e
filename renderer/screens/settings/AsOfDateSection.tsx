// The reference date of the analysis ("as of"): today unless the person picks another,
// for every screen of this window or tab.
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';

export function AsOfDateSection() {
  const { t } = useTranslation();
  const { asOf, setAsOf, info } = useApp();
  return (
    <section aria-labelledby="as-of-title">
      <h2 id="as-of-title">{t('settings.asOfTitle')}</h2>
      <p id="as-of-help">{t('settings.asOfHelp')}</p>
      <label htmlFor="as-of">{t('settings.asOfLabel')}</label>{' '}
      <input
        id="as-of"
        type="date"
        value={asOf}
        aria-describedby="as-of-help"
        onChange={(e) => {
          if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) setAsOf(e.target.value);
        }}
      />{' '}
      {asOf !== info.today && (
        <button type="button" onClick={() => setAsOf(info.today)}>
          {t('settings.asOfToday')}
        </button>
      )}
    </section>
  );
}
