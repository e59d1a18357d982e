// How many people the grid shows, announced politely when a search or a chip changes it.
import { useTranslation } from 'react-i18next';

export function RowCount({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  const text =
    shown === total
      ? t('caseload.rowCount', { count: total })
      : t('caseload.rowCountFiltered', { count: shown, total });
  return (
    <p className="caseload-row-count" data-testid="row-count" role="status">
      {text}
    </p>
  );
}
