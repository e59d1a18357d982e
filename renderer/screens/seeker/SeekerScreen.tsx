import { useTranslation } from 'react-i18next';

export function SeekerScreen({ seekerId }: { seekerId: string }) {
  const { t } = useTranslation();
  return (
    <h1>
      {t('seeker.title')} {seekerId}
    </h1>
  );
}
