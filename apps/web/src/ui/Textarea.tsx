import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { describedBy } from './describedBy';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';

export interface TextareaProps {
  id: string;
  name?: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  spellCheck?: boolean;
}

/** A labelled GOV.UK textarea for answers longer than one line. */
export function Textarea({
  id,
  name = id,
  label,
  labelClassName,
  hint,
  error,
  value,
  onChange,
  rows = 5,
  spellCheck,
}: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <label className={classNames('govuk-label', labelClassName)} htmlFor={id}>
        {label}
      </label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      <textarea
        className={classNames('govuk-textarea', error && 'govuk-textarea--error')}
        id={id}
        name={name}
        rows={rows}
        value={value}
        spellCheck={spellCheck}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
