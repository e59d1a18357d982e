// Réglages: the interface's language, the reference date of the analysis, and the analysis settings and
// recommendation catalogue in force, with their versions.
import { useTranslation } from 'react-i18next';
import { AnalysisSettingsSection } from './AnalysisSettingsSection';
import { AsOfDateSection } from './AsOfDateSection';
import { LanguageSection } from './LanguageSection';
import './settings.css';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-title" className="settings-screen">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <LanguageSection />
      <AsOfDateSection />
      <AnalysisSettingsSection />
    </section>
  );
}
