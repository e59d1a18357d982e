// The attention score as a coloured pill whose band is also a shape and a word, so no
// one has to tell colours apart to see who is urgent.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadRow } from '../../../shared/api/contract';
import { attentionBand } from './attention';

export const AttentionCell = memo(function AttentionCell({
  value,
}: CustomCellRendererProps<CaseloadRow, number>) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return null;
  const band = attentionBand(value);
  const bandName = t(`caseload.attention.${band}`);
  return (
    <span
      className={`attention attention--${band}`}
      aria-label={t('caseload.attention.cellLabel', { score: value, band: bandName })}
    >
      <span className="attention__shape" aria-hidden="true" />
      <span className="attention__score" aria-hidden="true">
        {value}
      </span>
      <span className="attention__band" aria-hidden="true">
        {bandName}
      </span>
    </span>
  );
});
