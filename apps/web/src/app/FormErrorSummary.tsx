import { ErrorSummary, type ErrorSummaryItem } from '../ui';
import type { FormErrorState } from '../lib/useFormErrors';

export interface FormErrorSummaryProps {
  errors: FormErrorState;
  /** Field names in the order they appear on the page; each is also the field's id. */
  fieldOrder: readonly string[];
}

/**
 * The error summary for a form: field messages in page order, linked to
 * their fields, then general messages from the server. Re-mounts on every
 * failed submit so it takes focus again.
 */
export function FormErrorSummary({ errors, fieldOrder }: FormErrorSummaryProps) {
  const items: ErrorSummaryItem[] = [];
  for (const field of fieldOrder) {
    const message = errors.fields[field];
    if (message) items.push({ text: message, href: `#${field}` });
  }
  for (const message of errors.general) items.push({ text: message });
  if (items.length === 0) return null;
  return <ErrorSummary key={errors.attempt} errors={items} />;
}
