import type { ReactNode, Ref } from 'react';
import { classNames } from './classNames';
import { describedBy } from './describedBy';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';

export interface FileInputProps {
  id: string;
  label: ReactNode;
  /** e.g. 'govuk-!-font-weight-bold'. */
  labelClassName?: string;
  hint?: ReactNode;
  error?: string;
  accept: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** The chosen file, or undefined when the choice was cleared. */
  onFile: (file: File | undefined) => void;
  /** Shown below the input, inside the form group (e.g. a status line). */
  children?: ReactNode;
}

/**
 * A labelled GOV.UK file upload. Hint and error are tied to the input with
 * aria-describedby; what happens to the file is the caller's business.
 */
export function FileInput({
  id,
  label,
  labelClassName,
  hint,
  error,
  accept,
  disabled,
  inputRef,
  onFile,
  children,
}: FileInputProps) {
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
        ref={inputRef}
        className={classNames('govuk-file-upload', error && 'govuk-file-upload--error')}
        id={id}
        name={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(event) => onFile(event.target.files?.[0])}
      />
      {children}
    </div>
  );
}
