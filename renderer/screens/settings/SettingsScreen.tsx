// Réglages: the interface's language, the reference date of the analysis, the analysis
// settings and recommendation catalogue in force, with their versions; the ROME releases
// in use; the backups for team leads and administrators; the retention period for
// administrators.
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { BackupSection } from '../backup/BackupSection';
import { AnalysisSettingsSection } from './AnalysisSettingsSection';
import { AsOfDateSection } from './AsOfDateSection';
import { LanguageSection } from './LanguageSection';
import { ReferenceDataSection } from './ReferenceDataSection';
import { RetentionSection } from './RetentionSection';
import './settings.css';

export function SettingsScreen() {
  const { t } = useTranslation();
  const role = useApp().info.user?.role;
  return (
    <section aria-labelledby="settings-title" className="settings-screen">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <LanguageSection />
      <AsOfDateSection />
      <AnalysisSettingsSection />
      <ReferenceDataSection />
      {(role === 'admin' || role === 'team_lead') && <BackupSection />}
      {role === 'admin' && <RetentionSection />}
    </section>
  );
}
