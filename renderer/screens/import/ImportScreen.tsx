import { useTranslation } from 'react-i18next';

export function ImportScreen() {
  const { t } = useTranslation();
  return <h1>{t('import.title')}</h1>;
}
