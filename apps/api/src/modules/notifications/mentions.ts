const MENTION_TAG = /<span\b[^>]*>/gi;
const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The people mentioned in a stored (sanitised) post body: the `data-id` of every
 * `<span data-type="mention" data-id="<uuid>">`, each once, lower-cased. The sanitiser keeps
 * a span only in exactly that shape, so reading the stored body is enough.
 */
export function mentionedPersonIds(body: string): string[] {
  const ids = new Set<string>();
  for (const [tag] of body.matchAll(MENTION_TAG)) {
    if (ATTRIBUTE('data-type').exec(tag)?.[1] !== 'mention') continue;
    const id = ATTRIBUTE('data-id').exec(tag)?.[1];
    if (id && UUID.test(id)) ids.add(id.toLowerCase());
  }
  return [...ids];
}
