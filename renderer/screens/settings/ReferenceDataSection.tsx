// Réglages › Référentiel des métiers: which ROME releases the analysis reads, so that a
// counsellor knows whether today's codes are known and a team lead when to update them.
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { formatNumber } from '../../format';

export function ReferenceDataSection() {
  const { t } = useTranslation();
  const { reference } = useApp().info;
  return (
    <section aria-labelledby="reference-title" data-testid="reference-version">
      <h2 id="reference-title">{t('settings.reference.title')}</h2>
      <p>
        {t('settings.reference.rome4', {
          version: reference.rome4Version,
          fiches: formatNumber(reference.rome4Fiches),
          classic: formatNumber(reference.classicFiches),
        })}
      </p>
      <p>{t('settings.reference.mobilities', { version: reference.typedMobilityVersion })}</p>
      <p>{t('settings.reference.source')}</p>
    </section>
  );
}
