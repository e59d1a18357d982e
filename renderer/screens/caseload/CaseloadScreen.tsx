import { useTranslation } from 'react-i18next';

export function CaseloadScreen() {
  const { t } = useTranslation();
  return <h1>{t('caseload.title')}</h1>;
}
