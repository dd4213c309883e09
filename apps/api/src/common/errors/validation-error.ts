import type { ValidationError } from 'class-validator';
import { DomainError } from './domain-error';

/** Flattens class-validator's tree into `{ field: message }`, keeping the first message per field. */
function collect(errors: ValidationError[], prefix: string, out: Record<string, string>): void {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length && !out[path]) out[path] = messages[0];
    if (error.children?.length) collect(error.children, path, out);
  }
}

/** Turns input validation failures into one BAD_USER_INPUT error with a message per field. */
export function validationError(errors: ValidationError[]): DomainError {
  const fields: Record<string, string> = {};
  collect(errors, '', fields);
  const first = Object.values(fields)[0] ?? 'Check the information you entered.';
  return new DomainError('BAD_USER_INPUT', first, fields);
}
