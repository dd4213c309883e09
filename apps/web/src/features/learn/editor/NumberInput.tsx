import { useState } from 'react';
import { SCENARIO_LIMITS } from '@common-ground/shared';
import { TextInput } from '../../../ui';

export interface NumberInputProps {
  id: string;
  label: string;
  hint?: string;
  value: number | null;
  /** Called only with a whole number in range, or null when the field is cleared and `optional`. */
  onChange: (value: number | null) => void;
  optional?: boolean;
  min?: number;
  max?: number;
  /** Says what the number is for in the error message, such as "the score". */
  errorName?: string;
}

/**
 * A whole-number field that keeps what the editor typed while it is not yet a number ("-" on the
 * way to "-1") and says how to fix it, passing only valid numbers up. The content model stays
 * typed and the field never jumps under the cursor.
 */
export function NumberInput({
  id,
  label,
  hint,
  value,
  onChange,
  optional = false,
  min = -SCENARIO_LIMITS.numberMaxMagnitude,
  max = SCENARIO_LIMITS.numberMaxMagnitude,
  errorName = 'a number',
}: NumberInputProps) {
  // null: show the value as it is; a string: what the editor is typing.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (value == null ? '' : String(value));
  const trimmed = text.trim();
  let error: string | undefined;
  if (trimmed === '') {
    if (!optional) error = `Enter ${errorName}`;
  } else if (!/^-?\d+$/.test(trimmed)) {
    error = `Enter ${errorName} as a whole number, like 2 or -1`;
  } else if (Number(trimmed) < min || Number(trimmed) > max) {
    error = `Enter ${errorName} between ${min} and ${max}`;
  }

  return (
    <div onBlur={() => (error ? undefined : setDraft(null))}>
      <TextInput
        id={id}
        label={label}
        hint={hint}
        error={error}
        value={text}
        inputMode="numeric"
        spellCheck={false}
        widthClassName="govuk-input--width-5"
        onChange={(next) => {
          setDraft(next);
          const candidate = next.trim();
          if (candidate === '' && optional) onChange(null);
          else if (/^-?\d+$/.test(candidate) && Number(candidate) >= min && Number(candidate) <= max) {
            onChange(Number(candidate));
          }
        }}
      />
    </div>
  );
}
