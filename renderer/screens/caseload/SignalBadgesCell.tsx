// A row's signals as short badges. Two fit a cell; the others are counted (« +2 ») and
// still written out for screen readers, which do not see the clipping.
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
  const shown = value.slice(0, VISIBLE_BADGES);
  const hidden = value.slice(VISIBLE_BADGES);
  return (
    <span className="signal-badges" title={value.map((id) => signalName(id)).join(', ')}>
      {shown.map((id) => (
        <SignalBadge key={id} id={id} />
      ))}
      {hidden.length > 0 && (
        <>
          <span className="signal-badge signal-badge--more" aria-hidden="true">
            {t('caseload.signals.more', { count: hidden.length })}
          </span>
          <span className="visually-hidden">{hidden.map((id) => signalName(id)).join(', ')}</span>
        </>
      )}
    </span>
  );
});

function SignalBadge({ id }: { id: SignalId }) {
  // A success is good news: it gets its own tone, and its word already says so.
  const tone = id === 'recent_success' ? 'signal-badge--success' : '';
  return <span className={`signal-badge ${tone}`}>{signalName(id)}</span>;
}
