// Réglages › Langue: the same choice as the header's, with what it changes.
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../components/LanguageSelect';

export function LanguageSection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('settings.languageTitle')}</h2>
      <p>{t('settings.languageHelp')}</p>
      <LanguageSelect />
    </section>
  );
}
