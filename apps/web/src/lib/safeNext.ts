/** True when the text holds a C0 control character (U+0000 to U+001F), such as a tab or newline. */
function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    if (value.charCodeAt(index) <= 0x1f) return true;
  }
  return false;
}

/**
 * Only follow a `?next=` value that is a path on this site, so a crafted link
 * cannot send someone to another site after they sign in.
 */
export function safeNext(value: string | null | undefined, fallback = '/'): string {
  if (!value) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (hasControlCharacter(value)) return fallback;
  return value;
}
