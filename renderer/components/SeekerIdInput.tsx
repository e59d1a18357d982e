// A person's identifier typed into a form that looks them up (the controller's history
// request, the DPO's search): as long as the channels accept, never autocompleted nor
// spell-checked, since it is a code.
import type { Ref } from 'react';
import { SEEKER_ID_MAX_LENGTH } from '../../shared/api/contract';

interface Props {
  id: string;
  inputRef: Ref<HTMLInputElement>;
  value: string;
  onChange(value: string): void;
  invalid: boolean;
  describedBy: string | undefined;
}

export function SeekerIdInput({ id, inputRef, value, onChange, invalid, describedBy }: Props) {
  return (
    <input
      id={id}
      ref={inputRef}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      maxLength={SEEKER_ID_MAX_LENGTH}
      autoComplete="off"
      spellCheck={false}
      required
      aria-invalid={invalid}
      aria-describedby={describedBy}
    />
  );
}
