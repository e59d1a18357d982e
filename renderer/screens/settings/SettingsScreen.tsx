// Réglages: the reference date of the analysis, and the analysis settings and
// recommendation catalogue, read-only until team leads can edit them.
import { useTranslation } from 'react-i18next';
import { signalLabel } from '../../../shared/analysis/messages';
import { useApp } from '../../app/app-context';
import { useApi } from '../../app/use-api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { flattenSettings } from './flatten-settings';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { asOf, setAsOf, info } = useApp();
  const [view, reload] = useApi('settings.get', {});

  return (
    <section aria-labelledby="settings-title" className="settings-screen">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <h2>{t('settings.asOfTitle')}</h2>
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
      {view.status === 'error' && <ErrorMessage error={view.error} onRetry={reload} />}
      {view.value && (
        <>
          <h2>{t('settings.analysisTitle')}</h2>
          <p>{t('settings.analysisHelp')}</p>
          <p>{t('settings.version', { version: view.value.settings.version })}</p>
          <table className="settings-table">
            <thead>
              <tr>
                <th scope="col">{t('settings.setting')}</th>
                <th scope="col">{t('settings.value')}</th>
              </tr>
            </thead>
            <tbody>
              {flattenSettings(view.value.settings)
                .filter((row) => row.path !== 'version')
                .map((row) => (
                  <tr key={row.path}>
                    <th scope="row">
                      <code>{row.path}</code>
                    </th>
                    <td>{row.value}</td>
                  </tr>
                ))}
            </tbody>
          </table>

          <h2>{t('settings.catalogueTitle')}</h2>
          <table className="settings-table">
            <thead>
              <tr>
                <th scope="col">{t('settings.recommendation')}</th>
                <th scope="col">{t('settings.triggers')}</th>
              </tr>
            </thead>
            <tbody>
              {view.value.catalogue.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">
                    {entry.label.fr}
                    <br />
                    <small>{entry.description.fr}</small>
                  </th>
                  <td>
                    {entry.triggers
                      .map((tr) => `${signalLabel(tr.signal)} (${tr.weight})`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
