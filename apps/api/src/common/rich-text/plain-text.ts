import sanitizeHtml from 'sanitize-html';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Control characters but line feed and tab, zero-width and direction-override characters. */
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Short text a person writes that is kept and shown as plain text (a reflection, a note):
 * any markup is removed (a script's content with it, as the rich-text sanitiser does), control
 * characters other than line breaks and tabs are dropped, line endings become \n, blank runs
 * of more than one empty line shrink to one, and the ends are trimmed. The result is text,
 * never HTML: whoever shows it escapes it.
 */
export function sanitisePlainText(text: string): string {
  const withoutMarkup = sanitizeHtml(text, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  }).replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
  return withoutMarkup
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(UNWANTED, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
