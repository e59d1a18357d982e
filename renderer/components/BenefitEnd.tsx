import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../format';

/**
 * The end of benefit rights on the reference date: a date still ahead, or rights that
 * have already ended (« droits échus le … »), which a counsellor must not read as a
 * deadline to come.
 */
export function BenefitEnd({ date, asOf }: { date: string; asOf: string }) {
  const { t } = useTranslation();
  const when = <time dateTime={date}>{formatLongDate(date)}</time>;
  if (date >= asOf) return when;
  return (
    <span className="benefit-ended">
      {t('common.benefitEnded', { date: formatLongDate(date) })}
    </span>
  );
}
