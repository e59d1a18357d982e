// The edit mode of Réglages: every setting and the catalogue, started from the version
// in force, checked field by field before sending, saved with a reason as a new
// version. A version saved meanwhile by someone else is a conflict, said as such.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import type { SettingsView } from '../../../shared/api/settings';
import { useApp } from '../../app/app-context';
import { currentLocale } from '../../i18n';
import type { AppLocale } from '../../i18n';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CatalogueEntryFields } from './CatalogueEntryFields';
import { SearchCategoriesFields } from './SearchCategories';
import { SettingGroupFields } from './SettingGroupFields';
import { SETTING_GROUPS } from './setting-fields';
import { checkDraft, draftFrom } from './settings-draft';
import type { DraftCheck, DraftProblems, SettingsDraft } from './settings-draft';
import { TextField } from './TextField';
import { useSettingText } from './use-setting-text';

const MAX_REASON_LENGTH = 500;
const NO_PROBLEMS: DraftProblems = new Map();

type Notice = 'problems' | 'nothingChanged' | null;
const NOTICES: Record<DraftCheck['status'], Notice> = {
  invalid: 'problems',
  unchanged: 'nothingChanged',
  ready: null,
};

interface Props {
  view: SettingsView;
  onSaved: (saved: SettingsView) => void;
  onCancel: () => void;
  /** After a conflict: start again from the version now in force. */
  onReload: () => void;
}

function SubmitError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiCallError && error.code === 'conflict')) {
    return <ErrorMessage error={error} />;
  }
  return (
    <div role="alert" className="error-message">
      <p>{t('settings.edit.conflict')}</p>
      <button type="button" onClick={onReload}>
        {t('settings.edit.reload')}
      </button>
    </div>
  );
}

export function SettingsEditor({ view, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const { client } = useApp();
  const text = useSettingText();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The wording is edited in the language the edit started in, even if it changes meanwhile.
  const [locale] = useState<AppLocale>(currentLocale);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(view, locale));
  const [problems, setProblems] = useState<DraftProblems>(NO_PROBLEMS);
  const [notice, setNotice] = useState<Notice>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => titleRef.current?.focus(), []);
  // The form is long: the first field to correct gets the cursor.
  useEffect(() => {
    if (problems.size > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [problems]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checkDraft(draft, view, locale);
    setProblems(check.status === 'invalid' ? check.problems : NO_PROBLEMS);
    setNotice(NOTICES[check.status]);
    setError(null);
    if (check.status !== 'ready') return;
    setPending(true);
    try {
      onSaved(await client.invoke('settings.update', check.change));
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  const reasonProblem = problems.get('reason');
  return (
    <form
      ref={formRef}
      className="settings-editor"
      aria-labelledby="settings-edit-title"
      onSubmit={submit}
      noValidate
    >
      <h3 id="settings-edit-title" ref={titleRef} tabIndex={-1}>
        {t('settings.edit.title', { version: view.current.version })}
      </h3>
      <p>{t('settings.edit.intro')}</p>
      <SearchCategoriesFields
        selected={draft.searchCategories}
        onChange={(searchCategories) => setDraft((d) => ({ ...d, searchCategories }))}
      />
      {SETTING_GROUPS.map((group) => (
        <SettingGroupFields
          key={group.id}
          group={group}
          values={draft.values}
          problems={problems}
          onChange={(path, value) =>
            setDraft((d) => ({ ...d, values: { ...d.values, [path]: value } }))
          }
        />
      ))}
      <h3>{t('settings.catalogue.title')}</h3>
      <p>{t('settings.catalogue.help')}</p>
      {draft.catalogue.map((entry, i) => (
        <CatalogueEntryFields
          key={entry.id}
          name={view.catalogue[i]!.label[locale]}
          entry={entry}
          problems={problems}
          onChange={(edited) =>
            setDraft((d) => ({
              ...d,
              catalogue: d.catalogue.map((e) => (e.id === edited.id ? edited : e)),
            }))
          }
        />
      ))}
      <div className="settings-submit">
        <TextField
          label={t('settings.edit.reason')}
          help={t('settings.edit.reasonHelp')}
          value={draft.reason}
          multiline
          maxLength={MAX_REASON_LENGTH}
          problem={reasonProblem ? text.problem(reasonProblem) : null}
          onChange={(reason) => setDraft((d) => ({ ...d, reason }))}
        />
        {notice !== null && (
          <p role="alert" className="field-error">
            {t(`settings.edit.${notice}`, { count: problems.size })}
          </p>
        )}
        {error !== null && <SubmitError error={error} onReload={onReload} />}
        <div className="settings-buttons">
          <button type="submit" disabled={pending}>
            {pending ? t('settings.edit.saving') : t('settings.edit.save')}
          </button>
          <button type="button" onClick={onCancel} disabled={pending}>
            {t('settings.edit.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}
