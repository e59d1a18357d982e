// One recommendation of the catalogue in the edit form: its French label and
// description, and the weight of each signal that triggers it (the signals are fixed).
import { useTranslation } from 'react-i18next';
import { signalName } from '../../i18n/analysis';
import type { SignalId } from '../../../shared/analysis/types';
import { catalogueKey, triggerKey } from './settings-draft';
import type { CatalogueEntryDraft, DraftProblems } from './settings-draft';
import { NumberField } from './NumberField';
import { TextField } from './TextField';
import { useSettingText } from './use-setting-text';

const TRIGGER_WEIGHT_HINTS = { min: 0, max: 1, step: 0.05 };
const MAX_LABEL_LENGTH = 200;
const MAX_DESCRIPTION_LENGTH = 1000;

interface Props {
  /** The label in force: the fieldset keeps its name while the label is edited. */
  name: string;
  entry: CatalogueEntryDraft;
  problems: DraftProblems;
  onChange: (entry: CatalogueEntryDraft) => void;
}

export function CatalogueEntryFields({ name, entry, problems, onChange }: Props) {
  const { t } = useTranslation();
  const text = useSettingText();
  const problemAt = (key: string) => {
    const found = problems.get(key);
    return found ? text.problem(found) : null;
  };
  const setWeight = (signal: SignalId, value: string) =>
    onChange({
      ...entry,
      weights: entry.weights.map((w) => (w.signal === signal ? { signal, text: value } : w)),
    });

  return (
    <fieldset className="settings-fieldset">
      <legend>{name}</legend>
      <TextField
        label={t('settings.catalogue.label')}
        value={entry.label}
        maxLength={MAX_LABEL_LENGTH}
        problem={problemAt(catalogueKey(entry.id, 'label'))}
        onChange={(label) => onChange({ ...entry, label })}
      />
      <TextField
        label={t('settings.catalogue.description')}
        value={entry.description}
        multiline
        maxLength={MAX_DESCRIPTION_LENGTH}
        problem={problemAt(catalogueKey(entry.id, 'description'))}
        onChange={(description) => onChange({ ...entry, description })}
      />
      <div className="settings-fields">
        {entry.weights.map(({ signal, text: weight }) => (
          <NumberField
            key={signal}
            label={t('settings.catalogue.weight', { signal: signalName(signal) })}
            help={t('settings.catalogue.weightHelp')}
            value={weight}
            problem={problemAt(triggerKey(entry.id, signal))}
            hints={TRIGGER_WEIGHT_HINTS}
            onChange={(value) => setWeight(signal, value)}
          />
        ))}
      </div>
    </fieldset>
  );
}
