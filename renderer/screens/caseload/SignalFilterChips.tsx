// One toggle per signal, with how many people carry it. The chip's name is the signal's
// label alone (its content, the count hidden) and its count in words a description, so
// « Découragement » is found by its name.
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { signalName } from '../../i18n/analysis';
import { SIGNAL_IDS } from '../../../shared/analysis/types';
import type { SignalId } from '../../../shared/analysis/types';
import type { SignalCounts } from './signal-filter';

export function SignalFilterChips({
  counts,
  selected,
  onToggle,
}: {
  counts: SignalCounts;
  selected: ReadonlySet<SignalId>;
  onToggle(signal: SignalId): void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div
      className="signal-filters"
      data-testid="signal-filters"
      role="group"
      aria-labelledby={labelId}
    >
      <span id={labelId} className="signal-filters__label">
        {t('caseload.signalFilters.label')}
      </span>
      {SIGNAL_IDS.map((signal) => (
        <SignalChip
          key={signal}
          signal={signal}
          count={counts[signal]}
          pressed={selected.has(signal)}
          onToggle={onToggle}
        />
      ))}
    </div>
  );
}

const SignalChip = memo(function SignalChip({
  signal,
  count,
  pressed,
  onToggle,
}: {
  signal: SignalId;
  count: number;
  pressed: boolean;
  onToggle(signal: SignalId): void;
}) {
  const { t } = useTranslation();
  const countId = useId();
  return (
    <>
      <button
        type="button"
        className="signal-chip"
        aria-pressed={pressed}
        aria-describedby={countId}
        onClick={() => onToggle(signal)}
      >
        {/* A tick, not only a colour, shows the chip is on. */}
        <span className="signal-chip__tick" aria-hidden="true">
          {pressed ? '✓' : ''}
        </span>
        <span>{signalName(signal)}</span>
        <span className="signal-chip__count" aria-hidden="true">
          {count}
        </span>
      </button>
      {/* Outside the button: words inside it that its name lacks would break WCAG 2.5.3. */}
      <span id={countId} className="visually-hidden">
        {t('caseload.signalFilters.count', { count })}
      </span>
    </>
  );
});
