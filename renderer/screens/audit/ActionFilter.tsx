// Which kind of entry to show: one action of the trail, or all of them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, isAuditAction } from '../../../shared/api/audit';
import type { AuditAction } from '../../../shared/api/audit';
import { actionLabel } from './audit-labels';

const ALL = '';

interface Props {
  value: AuditAction | null;
  onChange(action: AuditAction | null): void;
}

export function ActionFilter({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="audit-filter">
      <label htmlFor={id}>{t('audit.filter.label')}</label>
      <select
        id={id}
        value={value ?? ALL}
        onChange={(event) => {
          const chosen = event.target.value;
          onChange(isAuditAction(chosen) ? chosen : null);
        }}
      >
        <option value={ALL}>{t('audit.filter.all')}</option>
        {AUDIT_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {actionLabel(t, action)}
          </option>
        ))}
      </select>
    </div>
  );
}
