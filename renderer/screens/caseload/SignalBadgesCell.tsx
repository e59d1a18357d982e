// A row's signals as short badges (« Trop étroite » for « Recherche trop étroite »), so
// that two fit a cell whole instead of being cut. The full names are the hover text and
// what screen readers hear; a third signal and beyond are counted (« +2 »).
import type { CustomCellRendererProps } from 'ag-grid-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { signalName } from '../../i18n/analysis';
import type { SignalId } from '../../../shared/analysis/types';
import type { CaseloadRow } from '../../../shared/api/contract';

const VISIBLE_BADGES = 2;

export const SignalBadgesCell = memo(function SignalBadgesCell({
  value,
}: CustomCellRendererProps<CaseloadRow, SignalId[]>) {
  const { t } = useTranslation();
  if (!value || value.length === 0) {
    return <span className="visually-hidden">{t('caseload.signals.none')}</span>;
  }
  const fullNames = value.map((id) => signalName(id)).join(', ');
  const hidden = value.length - VISIBLE_BADGES;
  return (
    <span className="signal-badges" title={fullNames}>
      <span className="visually-hidden">{fullNames}</span>
      {value.slice(0, VISIBLE_BADGES).map((id) => (
        <SignalBadge key={id} id={id} />
      ))}
      {hidden > 0 && (
        <span className="signal-badge signal-badge--more" aria-hidden="true">
          {t('caseload.signals.more', { count: hidden })}
        </span>
      )}
    </span>
  );
});

function SignalBadge({ id }: { id: SignalId }) {
  const { t } = useTranslation();
  // A success is good news: it gets its own tone, and its word already says so.
  const tone = id === 'recent_success' ? 'signal-badge--success' : '';
  return (
    <span className={`signal-badge ${tone}`} data-signal={id} aria-hidden="true">
      {t(`caseload.signalShort.${id}`)}
    </span>
  );
}
