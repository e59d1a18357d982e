// The quick search over names, ids, modalities, signals and recommendations.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function SearchBox({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="caseload-field">
      <label htmlFor={id}>{t('caseload.search.label')}</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={t('caseload.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
