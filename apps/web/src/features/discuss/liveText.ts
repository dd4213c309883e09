/** "3 colleagues here", counting the reader; nothing when the reader is alone (or not yet known). */
export function presenceText(count: number): string | null {
  return count > 1 ? `${count} colleagues here` : null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Ana is writing…", "Ana and Ben are writing…", or "3 colleagues are writing…"; nothing when nobody is. */
export function typingText(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return `${capitalise(names[0])} is writing…`;
  if (names.length === 2) return `${capitalise(names[0])} and ${names[1]} are writing…`;
  return `${names.length} colleagues are writing…`;
}
