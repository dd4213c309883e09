import type { z } from 'zod';
import type { FieldErrors } from './errors';

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Checks form values against a zod schema and keeps the first message per
 * field, the one a person can act on, in the schema's field order.
 */
export function validateForm<T>(schema: z.ZodType<T>, values: unknown): ValidationResult<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key && errors[key] === undefined) errors[key] = issue.message;
  }
  return { ok: false, errors };
}
