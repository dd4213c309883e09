import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { describedBy } from './describedBy';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';

export interface SelectOption {
  value: string;
  text: string;
}

export interface SelectProps {
  id: string;
  name?: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
}

/**
 * A labelled GOV.UK select. Use radios instead when there are only a few
 * options, so people can see them all at once.
 */
export function Select({ id, name = id, label, labelClassName, hint, error, options, value, onChange }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <label className={classNames('govuk-label', labelClassName)} htmlFor={id}>
        {label}
      </label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      <select
        className={classNames('govuk-select', error && 'govuk-select--error')}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
