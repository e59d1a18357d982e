// Whose caseload a team lead reads: the whole team (the default) or one counsellor, by
// name. A counsellor reads only their own and is not offered this choice (CaseloadScreen).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounsellorSummary } from '../../../shared/api/contract';

export function CounsellorSelect({
  counsellors,
  counsellorId,
  onChange,
}: {
  counsellors: readonly CounsellorSummary[];
  counsellorId: string | null;
  onChange(counsellorId: string | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="caseload-field">
      <label htmlFor={id}>{t('caseload.counsellor.label')}</label>
      <select
        id={id}
        data-testid="counsellor-select"
        value={counsellorId ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t('caseload.counsellor.wholeTeam')}</option>
        {counsellors.map((counsellor) => (
          <option key={counsellor.id} value={counsellor.id}>
            {t('caseload.counsellor.one', {
              name: counsellor.displayName ?? counsellor.id,
              count: counsellor.seekers,
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
