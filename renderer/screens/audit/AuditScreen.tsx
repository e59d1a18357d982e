// Journal d'audit: what was done and by whom, for a team lead their team's entries and
// for an administrator every one (the handler decides which), newest first.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditAction } from '../../../shared/api/audit';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import '../../styles/history-audit.css';
import { ActionFilter } from './ActionFilter';
import { AuditTable } from './AuditTable';
import { useAuditTrail } from './use-audit-trail';

const PAGE_SIZE = 50;

export function AuditScreen() {
  const { t } = useTranslation();
  const titleId = useId();
  const trail = useAuditTrail(PAGE_SIZE);
  const [action, setAction] = useState<AuditAction | null>(null);
  const endRef = useRef<HTMLParagraphElement>(null);
  const shown = action ? trail.entries.filter((entry) => entry.action === action) : trail.entries;

  async function loadOlder() {
    // The button goes away with the last page: focus moves to the sentence that says so.
    if (!(await trail.loadOlder())) endRef.current?.focus();
  }

  return (
    <section className="audit-screen trail-screen" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('audit.title')}</h1>
      <ScopeSentence />
      <div className="audit-toolbar">
        <ActionFilter value={action} onChange={setAction} />
        <p role="status" className="audit-count">
          {trail.started &&
            (action
              ? t('audit.filter.shown', { count: shown.length, loaded: trail.entries.length })
              : t('audit.loaded', { count: trail.entries.length }))}
        </p>
      </div>
      {action && <p className="hint">{t('audit.filter.hint')}</p>}
      {trail.error !== null && <ErrorMessage error={trail.error} onRetry={trail.retry} />}
      {!trail.started && trail.loading && <p>{t('audit.loading')}</p>}
      {shown.length > 0 && <AuditTable entries={shown} />}
      {trail.started && shown.length === 0 && <p>{t('audit.empty')}</p>}
      {trail.hasOlder ? (
        // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
        <button
          type="button"
          aria-disabled={trail.loading}
          onClick={() => !trail.loading && void loadOlder()}
        >
          {trail.loading ? t('audit.loadingOlder') : t('audit.older')}
        </button>
      ) : (
        trail.started && (
          <p ref={endRef} tabIndex={-1} className="hint">
            {t('audit.end')}
          </p>
        )
      )}
    </section>
  );
}

/** Whose entries these are: the handler's rule, said in words. */
function ScopeSentence() {
  const { t } = useTranslation();
  const { info } = useApp();
  const user = info.user;
  if (user?.role === 'admin') return <p className="hint">{t('audit.scopeAll')}</p>;
  if (user?.team) return <p className="hint">{t('audit.scopeTeam', { team: user.team })}</p>;
  return <p className="hint">{t('audit.scopeNoTeam')}</p>;
}
