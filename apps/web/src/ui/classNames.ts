/** Joins class names, skipping empty ones, like the macros' `{% if %}` blocks. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
