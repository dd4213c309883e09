import sanitizeHtml from 'sanitize-html';

/** Our own media, as served by GET /api/media/:id; nothing else may be embedded. */
const OWN_MEDIA = /^\/api\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isOwnMedia = (src: string | undefined): boolean => !!src && OWN_MEDIA.test(src);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A tag name outside the allow-list: a span that is not a well-formed mention becomes this, so only its text stays. */
const UNWRAP = 'cg-unwrap';

/**
 * A mention (TipTap's Mention node) is `<span data-type="mention" data-id="<person uuid>">@Name</span>`;
 * notifications read the ids back out of stored bodies, so a span survives only in exactly that
 * shape, and any other span (or a mention pointing at something that is not a uuid) keeps just its text.
 */
function mentionOrText(attribs: sanitizeHtml.Attributes): { tagName: string; attribs: sanitizeHtml.Attributes } {
  const id = attribs['data-id'];
  if (attribs['data-type'] !== 'mention' || id === undefined || !UUID.test(id)) return { tagName: UNWRAP, attribs: {} };
  return { tagName: 'span', attribs: { 'data-type': 'mention', 'data-id': id.toLowerCase() } };
}

const DIRECTIONS = new Set(['ltr', 'rtl', 'auto']);
const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);

/** Drops a `dir` attribute whose value is not a text direction. */
function withValidDir(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  if (attribs.dir === undefined || DIRECTIONS.has(attribs.dir)) return { ...attribs };
  const rest = { ...attribs };
  delete rest.dir;
  return rest;
}

/**
 * The one allow-list for rich text anywhere in Common Ground (PRODUCT.md, "Editors are not
 * trusted with raw HTML"): headings h2–h4, paragraphs, lists, emphasis, links (http, https,
 * mailto or relative, always rel="noopener noreferrer"), images and audio only from our own
 * media route (images keep their alt text; audio always has controls), tables with header
 * scope, block quotes, mentions of a person (a span in exactly TipTap's mention shape, see
 * mentionOrText); `lang` and `dir` kept everywhere. Scripts, styles, iframes, event
 * handlers and every other attribute are removed.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'a',
    'img',
    'audio',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'blockquote',
    'span',
  ],
  allowedAttributes: {
    '*': ['lang', 'dir'],
    a: ['href', 'rel'],
    img: ['src', 'alt'],
    audio: ['src', 'controls'],
    th: ['scope'],
    span: ['data-type', 'data-id'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedStyles: {},
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  transformTags: {
    '*': (tagName, attribs) => ({ tagName, attribs: withValidDir(attribs) }),
    a: (tagName, attribs) => ({ tagName, attribs: { ...withValidDir(attribs), rel: 'noopener noreferrer' } }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...withValidDir(attribs), alt: attribs.alt ?? '' } }),
    audio: (tagName, attribs) => ({ tagName, attribs: { ...withValidDir(attribs), controls: '' } }),
    span: (_tagName, attribs) => mentionOrText(attribs),
    th: (tagName, attribs) => {
      const out = withValidDir(attribs);
      if (out.scope !== undefined && !SCOPES.has(out.scope)) delete out.scope;
      return { tagName, attribs: out };
    },
  },
  exclusiveFilter: (frame) => (frame.tag === 'img' || frame.tag === 'audio') && !isOwnMedia(frame.attribs.src),
};

/** Returns the HTML with everything outside the allow-list removed; text is kept, markup outside it is not. */
export function sanitiseRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** True when sanitised HTML has no text or embedded media (so "nothing written yet"). */
export function isBlankRichText(html: string): boolean {
  return !/<(img|audio)\b/i.test(html) && sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).trim() === '';
}
