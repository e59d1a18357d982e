// One number of the edit form: its label, its explanation and, when it does not hold,
// why, each tied to the input so a screen reader says them with it.
import { useId } from 'react';

export interface NumberFieldProps {
  label: string;
  help: string;
  value: string;
  problem: string | null;
  hints: { min?: number; max?: number; step: number };
  onChange: (value: string) => void;
}

export function NumberField({ label, help, value, problem, hints, onChange }: NumberFieldProps) {
  const ids = { input: useId(), help: useId(), problem: useId() };
  return (
    <div className="settings-field">
      <label htmlFor={ids.input}>{label}</label>
      <input
        id={ids.input}
        type="number"
        inputMode="decimal"
        value={value}
        min={hints.min}
        max={hints.max}
        step={hints.step}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? ids.help : `${ids.problem} ${ids.help}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <small id={ids.help} className="settings-help">
        {help}
      </small>
      {problem !== null && (
        <p id={ids.problem} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
