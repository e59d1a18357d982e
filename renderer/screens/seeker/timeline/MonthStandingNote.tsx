import { useTranslation } from 'react-i18next';
import type {
  DeclarationCalendar,
  MonthStanding,
} from '../../../../shared/analysis/declaration-calendar';
import { formatDayInMonth } from '../../../format';

/**
 * « en cours, au 7 déc. » or « en attente (jusqu'au 15 déc.) » beside a month that is
 * not whole yet, or not due yet; nothing for a month that is due.
 */
export function MonthStandingNote({
  standing,
  calendar,
}: {
  standing: MonthStanding;
  calendar: DeclarationCalendar | null;
}) {
  const { t } = useTranslation();
  if (calendar === null || standing === 'due') return null;
  const text =
    standing === 'in_progress'
      ? t('common.monthStatus.inProgress', { date: formatDayInMonth(calendar.asOf) })
      : t('common.monthStatus.pending', { date: formatDayInMonth(calendar.pending!.until) });
  return <span className={`month-standing month-standing--${standing}`}>{text}</span>;
}
