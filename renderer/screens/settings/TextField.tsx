// One text of the edit form (a line or a paragraph), with why it does not hold.
import { useId } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  problem: string | null;
  multiline?: boolean;
  help?: string;
  maxLength: number;
  onChange: (value: string) => void;
}

export function TextField({
  label,
  value,
  problem,
  multiline = false,
  help,
  maxLength,
  onChange,
}: TextFieldProps) {
  const ids = { input: useId(), help: useId(), problem: useId() };
  const describedBy = [problem !== null && ids.problem, help && ids.help].filter(Boolean).join(' ');
  const common = {
    id: ids.input,
    value,
    maxLength,
    'aria-invalid': problem !== null,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className="settings-field">
      <label htmlFor={ids.input}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      {help && (
        <small id={ids.help} className="settings-help">
          {help}
        </small>
      )}
      {problem !== null && (
        <p id={ids.problem} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
