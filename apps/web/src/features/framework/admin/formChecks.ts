import { FRAMEWORK_LIMITS } from '@common-ground/shared';
import type { FieldErrors } from '../../../lib/errors';

/** The order field as a whole number in range, or an error message. */
export function checkPosition(value: string, found: FieldErrors): number {
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || n > FRAMEWORK_LIMITS.positionMax) {
    found.position = `Enter the order as a whole number from 0 to ${FRAMEWORK_LIMITS.positionMax.toLocaleString('en-GB')}`;
  }
  return n;
}

/** A required text field within its limit. */
export function checkText(
  found: FieldErrors,
  field: string,
  value: string,
  max: number,
  emptyMessage: string | null,
  what: string,
): void {
  if (emptyMessage && !value.trim()) found[field] = emptyMessage;
  else if (value.trim().length > max)
    found[field] = `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;
}

/** A strand's or workforce group's name, description and order, checked, trimmed and with the order as a number. */
export function checkNamedItem(
  found: FieldErrors,
  values: { name: string; description: string; position: string },
  nameMissing: string,
): { name: string; description: string; position: number } {
  checkText(found, 'name', values.name, FRAMEWORK_LIMITS.nameMaxLength, nameMissing, 'The name');
  checkText(found, 'description', values.description, FRAMEWORK_LIMITS.descriptionMaxLength, null, 'The description');
  const position = checkPosition(values.position, found);
  return { name: values.name.trim(), description: values.description.trim(), position };
}
