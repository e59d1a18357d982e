import { useTranslation } from 'react-i18next';

/** Says in words and a symbol, not only by the outline colour, that the signal rests on this. */
export function HighlightMarker() {
  const { t } = useTranslation();
  return (
    <span className="highlight-marker">
      <span aria-hidden="true">◆ </span>
      {t('seeker.timeline.highlighted')}
    </span>
  );
}
