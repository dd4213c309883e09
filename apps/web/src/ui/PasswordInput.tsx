import { useState, type ReactNode } from 'react';
import { classNames } from './classNames';
import { describedBy } from './describedBy';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';

export interface PasswordInputProps {
  id: string;
  name?: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** 'current-password' to sign in, 'new-password' when choosing one. */
  autoComplete: 'current-password' | 'new-password';
}

/**
 * The GOV.UK password input with a Show / Hide button. Pasting is allowed on
 * purpose so people can use password managers.
 */
export function PasswordInput({
  id,
  name = id,
  label,
  labelClassName,
  hint,
  error,
  value,
  onChange,
  autoComplete,
}: PasswordInputProps) {
  const [visible, setVisible] = useState(false);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div
      className={classNames('govuk-form-group govuk-password-input', error && 'govuk-form-group--error')}
      data-module="govuk-password-input"
    >
      <label className={classNames('govuk-label', labelClassName)} htmlFor={id}>
        {label}
      </label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      <div className="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          className={classNames(
            'govuk-input govuk-password-input__input govuk-js-password-input-input',
            error && 'govuk-input--error',
          )}
          id={id}
          name={name}
          type={visible ? 'text' : 'password'}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete={autoComplete}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy(hintId, errorId)}
        />
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle"
          data-module="govuk-button"
          aria-controls={id}
          aria-label={visible ? 'Hide password' : 'Show password'}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      <div className="govuk-password-input__sr-status govuk-visually-hidden" aria-live="polite">
        {visible ? 'Your password is visible' : 'Your password is hidden'}
      </div>
    </div>
  );
}
