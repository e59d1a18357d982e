import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../../format';
import { HighlightMarker } from './HighlightMarker';

/** A month the person did not declare: kept in place so the silence is visible. */
export function MonthGap({ period, highlighted }: { period: string; highlighted: boolean }) {
  const { t } = useTranslation();
  const headingId = `month-${period}`;
  return (
    <section
      className={`timeline-month is-gap${highlighted ? ' is-highlighted' : ''}`}
      data-period={period}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {formatMonth(period)}
        {highlighted && <HighlightMarker />}
      </h3>
      <p className="gap-text">{t('seeker.timeline.gap')}</p>
    </section>
  );
}
