import { textDirection } from '@common-ground/shared';

/** What the linker needs of a term: its address, words to look for, and what the pop-over shows. */
export interface LinkableTerm {
  slug: string;
  term: string;
  definition: string;
  translations: { languageCode: string; languageName: string; text: string; pronunciation: string | null }[];
}

/** A prepared set of terms: one regular expression for all of them, built once per cache fill. */
export interface GlossaryMatcher {
  pattern: RegExp | null;
  byWord: Map<string, LinkableTerm>;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Unicode-aware lower case used on both sides of a lookup. */
const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('und');

/**
 * Prepares terms for linking: a single alternation, longest first so "council tax
 * reduction" wins over "council tax", with Unicode word boundaries (a letter, digit or
 * underscore on either side means it is part of a longer word) and case-insensitive
 * matching in any script (`iu`).
 */
export function buildMatcher(terms: readonly LinkableTerm[]): GlossaryMatcher {
  const byWord = new Map<string, LinkableTerm>();
  for (const t of terms) {
    const word = fold(t.term.trim()).replace(/\s+/g, ' ');
    if (word && !byWord.has(word)) byWord.set(word, t);
  }
  if (!byWord.size) return { pattern: null, byWord };
  const alternation = [...byWord.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'))
    .join('|');
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_])(?:${alternation})(?![\\p{L}\\p{N}\\p{M}_])`, 'giu'),
    byWord,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content or a double-quoted attribute. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Decodes the entities the sanitiser writes (named basics and numeric), leaving anything else as it is. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Elements whose text is never linked: links and buttons (no nested controls) and headings. */
const SKIP = new Set(['a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'audio', 'script', 'style', 'textarea']);
const VOID = new Set(['br', 'img', 'hr', 'input', 'wbr', 'source', 'track', 'col', 'area', 'embed', 'meta', 'link']);

/** The pop-over markup for one term: a disclosure button and the panel it shows. */
function popover(t: LinkableTerm, shown: string, idPrefix: string): string {
  const panelId = `${idPrefix}-${t.slug}`;
  const translations = t.translations
    .map((tr) => {
      const dir = textDirection(tr.languageCode);
      const hint = tr.pronunciation ? ` <span class="app-glossary__hint">(${escapeHtml(tr.pronunciation)})</span>` : '';
      return (
        `<span class="app-glossary__translation">${escapeHtml(tr.languageName)}: ` +
        `<span lang="${escapeHtml(tr.languageCode)}" dir="${dir}">${escapeHtml(tr.text)}</span>${hint}</span>`
      );
    })
    .join('');
  return (
    `<span class="app-glossary">` +
    `<button type="button" class="app-glossary__term" aria-expanded="false" aria-controls="${panelId}" data-glossary-term="${t.slug}">${shown}</button>` +
    `<span class="app-glossary__panel" id="${panelId}" role="group" aria-label="${escapeHtml(t.term)}: glossary" hidden>` +
    `<span class="app-glossary__title">${escapeHtml(t.term)}</span>` +
    `<span class="app-glossary__definition">${escapeHtml(t.definition)}</span>` +
    translations +
    `<a class="govuk-link app-glossary__more" href="/library/glossary/${t.slug}">More about ${escapeHtml(t.term)}</a>` +
    `</span></span>`
  );
}

/**
 * Links glossary terms in sanitised HTML: the first occurrence of each term, as a whole
 * word, any case, becomes a button that discloses the definition and translations. Text
 * inside links, buttons and headings is left alone; a term split across elements is not
 * found. Works on the output of the rich-text sanitiser, where `<` and `>` never occur
 * inside text or attribute values, so tags can be told from text by those characters alone.
 * Never changes anything but the matched words; returns the input unchanged when nothing matches.
 */
export function linkGlossaryTerms(html: string, matcher: GlossaryMatcher, idPrefix = 'glossary'): string {
  const { pattern } = matcher;
  if (!pattern || !html) return html;
  const linked = new Set<string>();
  const open: string[] = [];
  let skipping = 0;
  const out: string[] = [];
  for (const token of html.split(/(<[^>]*>)/)) {
    if (!token) continue;
    if (token[0] === '<') {
      out.push(token);
      const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(token);
      if (!m) continue;
      const name = m[2].toLowerCase();
      if (m[1]) {
        const at = open.lastIndexOf(name);
        if (at >= 0) {
          for (const closed of open.splice(at)) if (SKIP.has(closed)) skipping--;
        }
      } else if (!VOID.has(name) && !token.endsWith('/>')) {
        open.push(name);
        if (SKIP.has(name)) skipping++;
      }
      continue;
    }
    if (skipping > 0 || linked.size === matcher.byWord.size) {
      out.push(token);
      continue;
    }
    out.push(linkText(token, matcher, linked, idPrefix));
  }
  return out.join('');
}

/** Links the first unseen occurrences in one text node; returns the token untouched when nothing new matches. */
function linkText(token: string, matcher: GlossaryMatcher, linked: Set<string>, idPrefix: string): string {
  const text = decodeEntities(token);
  const pattern = matcher.pattern as RegExp;
  pattern.lastIndex = 0;
  let result = '';
  let last = 0;
  let changed = false;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const term = matcher.byWord.get(fold(m[0]).replace(/\s+/g, ' '));
    if (!term || linked.has(term.slug)) continue;
    linked.add(term.slug);
    changed = true;
    result += escapeHtml(text.slice(last, m.index)) + popover(term, escapeHtml(m[0]), idPrefix);
    last = m.index + m[0].length;
  }
  return changed ? result + escapeHtml(text.slice(last)) : token;
}
