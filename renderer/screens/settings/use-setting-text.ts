// The words for one setting: its label, its explanation, its value with a unit, and
// what is wrong with it. An attention weight is named after its signal.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { signalName } from '../../i18n/analysis';
import { SIGNAL_IDS } from '../../../shared/analysis/types';
import type { SignalId } from '../../../shared/analysis/types';
import { formatNumber } from '../../format';
import { ATTENTION_WEIGHT_PREFIX, kindOf } from './setting-fields';
import type { FieldProblem } from './settings-draft';

const number = { format: (value: number) => formatNumber(value, undefined, 3) };

const isSignalId = (id: string): id is SignalId => (SIGNAL_IDS as readonly string[]).includes(id);

export function useSettingText() {
  const { t } = useTranslation();

  const label = useCallback(
    (path: string): string => {
      const signal = path.slice(ATTENTION_WEIGHT_PREFIX.length);
      if (path.startsWith(ATTENTION_WEIGHT_PREFIX) && isSignalId(signal)) {
        return t('settings.fields.attentionWeight.label', { signal: signalName(signal) });
      }
      return t(`settings.fields.${path}.label`);
    },
    [t],
  );

  const help = useCallback(
    (path: string): string =>
      path.startsWith(ATTENTION_WEIGHT_PREFIX)
        ? t('settings.fields.attentionWeight.help')
        : t(`settings.fields.${path}.help`),
    [t],
  );

  const value = useCallback(
    (path: string, amount: number): string => {
      const kind = kindOf(path);
      if (kind === 'days' || kind === 'months') {
        return t(`settings.units.${kind}`, { count: amount });
      }
      if (kind === 'dayOfMonth') return t('settings.units.dayOfMonth', { value: amount });
      return number.format(amount);
    },
    [t],
  );

  const problem = useCallback(
    (found: FieldProblem): string => {
      switch (found.kind) {
        case 'invalid':
          return t(`settings.invalid.${found.fieldKind}`);
        case 'text':
        case 'triggerWeight':
        case 'reason':
          return t(`settings.invalid.${found.kind}`);
        case 'atLeast':
        case 'atMost':
          return typeof found.than === 'number'
            ? t(`settings.invalid.${found.kind}Number`, { value: number.format(found.than) })
            : t(`settings.invalid.${found.kind}Field`, { other: label(found.than) });
      }
    },
    [t, label],
  );

  return useMemo(() => ({ label, help, value, problem }), [label, help, value, problem]);
}
