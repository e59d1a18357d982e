// One group of settings in the edit form, as a fieldset named after the group.
import { useTranslation } from 'react-i18next';
import { INPUT_HINTS } from './setting-fields';
import type { SettingGroup } from './setting-fields';
import type { DraftProblems } from './settings-draft';
import { NumberField } from './NumberField';
import { useSettingText } from './use-setting-text';

interface Props {
  group: SettingGroup;
  values: Record<string, string>;
  problems: DraftProblems;
  onChange: (path: string, value: string) => void;
}

export function SettingGroupFields({ group, values, problems, onChange }: Props) {
  const { t } = useTranslation();
  const text = useSettingText();
  return (
    <fieldset className="settings-fieldset">
      <legend>{t(`settings.groups.${group.id}.title`)}</legend>
      <p className="settings-group-help">{t(`settings.groups.${group.id}.help`)}</p>
      <div className="settings-fields">
        {group.fields.map(({ path, kind }) => {
          const problem = problems.get(path);
          return (
            <NumberField
              key={path}
              label={text.label(path)}
              help={text.help(path)}
              value={values[path] ?? ''}
              problem={problem ? text.problem(problem) : null}
              hints={INPUT_HINTS[kind]}
              onChange={(value) => onChange(path, value)}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
