/**
 * Thread tags: a few short words a thread starter adds so others can find it ("council tax",
 * "bsl"). Normalised the same way in the browser and on the server, so what the form shows
 * is what is saved and what a tag filter matches.
 */
export const THREAD_TAG_LIMITS = {
  /** Tags on one thread. */
  perThread: 5,
  /** Characters in one tag, once normalised. */
  maxLength: 30,
  /** Characters in one tag as sent, before spaces are squeezed (checkThreadTags checks the normalised length). */
  rawMaxLength: 100,
} as const;

/** Letters and numbers of any language, single spaces and hyphens: nothing that could be markup. */
const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u;

/** A tag as stored: trimmed, inner whitespace made single spaces, lower case. */
export function normaliseTag(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en-GB');
}

/** What is wrong with a list of tags, in words for the person who wrote them. */
export type ThreadTagsProblem = 'TOO_MANY' | 'TOO_LONG' | 'BAD_CHARACTERS';

export const THREAD_TAG_PROBLEMS: Record<ThreadTagsProblem, string> = {
  TOO_MANY: `Give ${THREAD_TAG_LIMITS.perThread} tags or fewer`,
  TOO_LONG: `Each tag must be ${THREAD_TAG_LIMITS.maxLength} characters or fewer`,
  BAD_CHARACTERS: 'Tags can only contain letters, numbers, spaces and hyphens',
};

/**
 * Normalises tags, drops blanks and repeats (keeping the first), and checks them: at most
 * THREAD_TAG_LIMITS.perThread, each at most THREAD_TAG_LIMITS.maxLength characters, made
 * of letters, numbers, spaces and hyphens only.
 */
export function checkThreadTags(raw: readonly string[]): { tags: string[] } | { problem: ThreadTagsProblem } {
  const tags = [...new Set(raw.map(normaliseTag).filter((tag) => tag !== ''))];
  if (tags.some((tag) => !TAG_PATTERN.test(tag))) return { problem: 'BAD_CHARACTERS' };
  if (tags.some((tag) => [...tag].length > THREAD_TAG_LIMITS.maxLength)) return { problem: 'TOO_LONG' };
  if (tags.length > THREAD_TAG_LIMITS.perThread) return { problem: 'TOO_MANY' };
  return { tags };
}

/** The tags in a comma-separated field, as a person types them ("Council tax, BSL"). */
export function splitTagList(text: string): string[] {
  return text.split(',');
}
