import { useCallback, useMemo, useState } from 'react';
import { mapApiError, type FieldErrors } from './errors';

export interface FormErrorState {
  fields: FieldErrors;
  general: string[];
  /** Goes up on every failed submit, so the error summary takes focus again. */
  attempt: number;
}

export interface FormErrors extends FormErrorState {
  hasErrors: boolean;
  showFieldErrors: (fields: FieldErrors) => void;
  showApiError: (error: unknown) => void;
  clear: () => void;
}

/**
 * Holds a form's errors in the shape the GOV.UK error summary pattern needs:
 * field messages, general messages, and a counter to re-focus the summary.
 */
export function useFormErrors(knownFields: readonly string[]): FormErrors {
  const [state, setState] = useState<FormErrorState>({ fields: {}, general: [], attempt: 0 });
  const fieldKey = knownFields.join('|');

  const showFieldErrors = useCallback((fields: FieldErrors) => {
    setState((previous) => ({ fields, general: [], attempt: previous.attempt + 1 }));
  }, []);

  const showApiError = useCallback(
    (error: unknown) => {
      const mapped = mapApiError(error, fieldKey.split('|'));
      setState((previous) => ({ fields: mapped.fields, general: mapped.general, attempt: previous.attempt + 1 }));
    },
    [fieldKey],
  );

  const clear = useCallback(() => {
    setState((previous) => ({ fields: {}, general: [], attempt: previous.attempt }));
  }, []);

  return useMemo(
    () => ({
      ...state,
      hasErrors: state.general.length > 0 || Object.keys(state.fields).length > 0,
      showFieldErrors,
      showApiError,
      clear,
    }),
    [state, showFieldErrors, showApiError, clear],
  );
}
