// Whose caseload to show. The whole team is the default until roles say who is who.
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
            {t('caseload.counsellor.one', { id: counsellor.id, count: counsellor.seekers })}
          </option>
        ))}
      </select>
    </div>
  );
}
