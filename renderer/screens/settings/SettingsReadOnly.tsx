// The settings and the catalogue of the version in force, to read: each setting by its
// name, with what it means and its value.
import { useTranslation } from 'react-i18next';
import { signalName } from '../../i18n/analysis';
import type { CatalogueEntry } from '../../../shared/analysis/recommendations';
import type { AnalysisSettings } from '../../../shared/analysis/settings';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';
import { SearchCategoriesTable } from './SearchCategories';
import { SETTING_GROUPS, valueAt } from './setting-fields';
import { useSettingText } from './use-setting-text';

function SettingsTables({ settings }: { settings: AnalysisSettings }) {
  const { t } = useTranslation();
  const text = useSettingText();
  return (
    <>
      {SETTING_GROUPS.map((group) => (
        <table key={group.id} className="settings-table settings-group">
          <caption>
            <span className="settings-group-title">{t(`settings.groups.${group.id}.title`)}</span>
            <span className="settings-group-help">{t(`settings.groups.${group.id}.help`)}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('settings.setting')}</th>
              <th scope="col">{t('settings.value')}</th>
            </tr>
          </thead>
          <tbody>
            {group.fields.map(({ path }) => (
              <tr key={path}>
                <th scope="row">
                  {text.label(path)}
                  <small className="settings-help">{text.help(path)}</small>
                </th>
                <td className="settings-value">{text.value(path, valueAt(settings, path))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

function CatalogueTable({ catalogue }: { catalogue: readonly CatalogueEntry[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const weight = { format: (value: number) => formatNumber(value, locale, 2) };
  return (
    <table className="settings-table" data-testid="settings-catalogue">
      <caption className="visually-hidden">{t('settings.catalogue.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('settings.catalogue.recommendation')}</th>
          <th scope="col">{t('settings.catalogue.triggers')}</th>
        </tr>
      </thead>
      <tbody>
        {catalogue.map((entry) => (
          <tr key={entry.id}>
            <th scope="row">
              {entry.label[locale]}
              <small className="settings-help">{entry.description[locale]}</small>
            </th>
            <td>
              {entry.triggers.length === 0 ? (
                t('settings.catalogue.noTrigger')
              ) : (
                <ul className="settings-triggers">
                  {entry.triggers.map((trigger) => (
                    <li key={trigger.signal}>
                      {signalName(trigger.signal)} ({weight.format(trigger.weight)})
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SettingsReadOnly({
  settings,
  catalogue,
}: {
  settings: AnalysisSettings;
  catalogue: readonly CatalogueEntry[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('settings.thresholdsTitle')}</h3>
      <SearchCategoriesTable selected={settings.searchCategories} />
      <SettingsTables settings={settings} />
      <h3>{t('settings.catalogue.title')}</h3>
      <p>{t('settings.catalogue.help')}</p>
      <CatalogueTable catalogue={catalogue} />
    </>
  );
}
