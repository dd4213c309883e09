import type { HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute, ReactNode } from 'react';
import { classNames } from './classNames';
import { describedBy } from './describedBy';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';

export interface TextInputProps {
  id: string;
  name?: string;
  label: ReactNode;
  /** e.g. 'govuk-label--m'; a bold label for a question on its own. */
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  spellCheck?: boolean;
  inputMode?: 'text' | 'email' | 'numeric' | 'search' | 'tel' | 'url';
  /** e.g. 'govuk-input--width-20' or 'govuk-!-width-one-half'. */
  widthClassName?: string;
  disabled?: boolean;
}

/**
 * A labelled GOV.UK text input. Hint and error are tied to the input with
 * aria-describedby so screen readers read them with the label.
 */
export function TextInput({
  id,
  name = id,
  label,
  labelClassName,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  autoComplete,
  spellCheck,
  inputMode,
  widthClassName,
  disabled,
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <label className={classNames('govuk-label', labelClassName)} htmlFor={id}>
        {label}
      </label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      <input
        className={classNames('govuk-input', widthClassName, error && 'govuk-input--error')}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        inputMode={inputMode}
        disabled={disabled}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
