// Protection des données, the DPO's only screen: a person searched by identifier, who
// read their file (the access log), and the right-of-access export. The DPO reads no
// portfolio: nothing here links to a person's page.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import { ACCESS_LOG_KEEP_DAYS } from '../../../shared/api/dpo';
import type { PersonAccessLog } from '../../../shared/api/dpo';
import { useApp } from '../../app/app-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SeekerIdInput } from '../../components/SeekerIdInput';
import { DossierExportButtons } from './DossierExportButtons';
import { ReadsTable } from './ReadsTable';
import '../../styles/history-audit.css';
import '../../styles/dossier.css';

export function DpoScreen() {
  const { t } = useTranslation();
  const { client } = useApp();
  const ids = { title: useId(), seeker: useId(), notice: useId() };
  const seekerRef = useRef<HTMLInputElement>(null);
  const [seekerId, setSeekerId] = useState('');
  const [missing, setMissing] = useState(false);
  const [searching, setSearching] = useState(false);
  const [found, setFound] = useState<PersonAccessLog | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; seekerId: string } | null>(null);
  const personRef = useRef<HTMLHeadingElement>(null);

  // The person found: the keyboard and the screen reader go to their heading.
  useEffect(() => {
    if (found) personRef.current?.focus();
  }, [found]);

  async function search(event: FormEvent) {
    event.preventDefault();
    if (searching) return;
    const wanted = seekerId.trim();
    setMissing(wanted === '');
    if (wanted === '') {
      seekerRef.current?.focus();
      return;
    }
    setSearching(true);
    setFailure(null);
    try {
      setFound(await client.invoke('dpo.accessLog', { seekerId: wanted }));
    } catch (error) {
      setFound(null);
      setFailure({ error, seekerId: wanted });
    } finally {
      setSearching(false);
    }
  }

  const name = found ? `${found.firstName} ${found.lastName}` : '';
  return (
    <section className="trail-screen dpo-screen" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t('dpo.title')}</h1>
      <p className="hint">{t('dpo.intro')}</p>
      <form className="history-form" noValidate onSubmit={(event) => void search(event)}>
        <div className="field">
          <label htmlFor={ids.seeker}>{t('dpo.form.seekerId')}</label>
          <SeekerIdInput
            id={ids.seeker}
            inputRef={seekerRef}
            value={seekerId}
            onChange={setSeekerId}
            invalid={missing}
            describedBy={missing ? `${ids.seeker}-error` : ids.notice}
          />
          {missing && (
            <p id={`${ids.seeker}-error`} className="field-error">
              {t('dpo.form.seekerIdMissing')}
            </p>
          )}
        </div>
        <p id={ids.notice} className="audit-notice">
          {t('dpo.form.notice')}
        </p>
        <button type="submit" className="primary" aria-disabled={searching}>
          {searching ? t('dpo.form.searching') : t('dpo.form.submit')}
        </button>
      </form>
      {failure &&
        (failure.error instanceof ApiCallError && failure.error.code === 'not_found' ? (
          <p role="alert" className="error-message">
            {t('dpo.form.notFound', { seekerId: failure.seekerId })}
          </p>
        ) : (
          <ErrorMessage error={failure.error} />
        ))}
      {found && (
        <>
          <h2 ref={personRef} tabIndex={-1}>
            {t('dpo.person.title', { name, id: found.seekerId })}
          </h2>
          <p>{t('dpo.person.counsellor', { counsellor: found.counsellorId })}</p>
          <h3>{t('dpo.export.title')}</h3>
          <p className="hint">{t('dpo.export.intro')}</p>
          <DossierExportButtons seekerId={found.seekerId} />
          <h3>{t('dpo.reads.title')}</h3>
          <p className="hint">{t('dpo.reads.intro', { days: ACCESS_LOG_KEEP_DAYS })}</p>
          <ReadsTable reads={found.reads} name={name} />
        </>
      )}
    </section>
  );
}
