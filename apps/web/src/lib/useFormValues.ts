import { useCallback, useState } from 'react';

/**
 * Form values as one object, with a setter per field that fits the ui
 * inputs' `onChange(value)`.
 */
export function useFormValues<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const setField = useCallback(
    <K extends keyof T>(field: K) =>
      (value: T[K]) =>
        setValues((previous) => ({ ...previous, [field]: value })),
    [],
  );
  return { values, setField, setValues };
}
