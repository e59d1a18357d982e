// The analysis settings and the catalogue: the version in force and its history for
// everyone who may read them, and « Modifier » for those who may change them (the
// contract's own list of roles; the handler checks it again).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API } from '../../../shared/api/contract';
import type { SettingsView } from '../../../shared/api/settings';
import { useApp } from '../../app/app-context';
import { useApi } from '../../app/use-api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SettingsEditor } from './SettingsEditor';
import { SettingsReadOnly } from './SettingsReadOnly';
import { CurrentVersion, VersionHistory } from './VersionSummary';

const EDITORS = API['settings.update'].access;

function SavedNotice({ version }: { version: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  // The form the focus was in is gone: the focus goes to what became of it.
  useEffect(() => ref.current?.focus(), [version]);
  return (
    <p ref={ref} tabIndex={-1} role="status" className="settings-saved">
      {t('settings.edit.saved', { version })}
    </p>
  );
}

export function AnalysisSettingsSection() {
  const { t } = useTranslation();
  const { info } = useApp();
  const [loaded, reload] = useApi('settings.get', {});
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<SettingsView | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  const role = info.user?.role;
  const canEdit = role !== undefined && EDITORS !== 'public' && EDITORS.includes(role);
  // A save answers with the view it made: the newest, no need to ask again.
  const view = saved ?? loaded.value;

  // Cancelling removes the form the focus was in: it goes back to « Modifier ».
  useEffect(() => {
    if (!editing && cancelled.current) {
      cancelled.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  return (
    <section aria-labelledby="analysis-settings-title">
      <h2 id="analysis-settings-title">{t('settings.analysisTitle')}</h2>
      <p>{t('settings.analysisHelp')}</p>
      {loaded.status === 'error' && <ErrorMessage error={loaded.error} onRetry={reload} />}
      {view && (
        <>
          <CurrentVersion current={view.current}>
            {!canEdit && <p>{t('settings.readOnlyNote')}</p>}
            {canEdit && !editing && (
              <button ref={editButton} type="button" onClick={() => setEditing(true)}>
                {t('settings.edit.start')}
              </button>
            )}
          </CurrentVersion>
          {saved && !editing && <SavedNotice version={saved.current.version} />}
          <VersionHistory history={view.history} />
          {editing ? (
            <SettingsEditor
              key={view.current.version}
              view={view}
              onSaved={(next) => {
                setSaved(next);
                setEditing(false);
              }}
              onCancel={() => {
                cancelled.current = true;
                setEditing(false);
              }}
              onReload={() => {
                setSaved(null);
                reload();
              }}
            />
          ) : (
            <SettingsReadOnly settings={view.settings} catalogue={view.catalogue} />
          )}
        </>
      )}
    </section>
  );
}
