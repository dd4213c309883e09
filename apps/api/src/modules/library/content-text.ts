import sanitizeHtml from 'sanitize-html';
import { WORDS_PER_MINUTE } from './library.constants';

/** The text of sanitised HTML, without markup (for word counts and feeds). */
export function plainText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h[2-4]|li|blockquote|td|th)>/gi, '$& '), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many words the HTML's text has (any script: runs of letters or numbers split by spaces). */
export function wordCount(html: string): number {
  const text = plainText(html);
  return text === '' ? 0 : text.split(' ').length;
}

/** Minutes to read so many words, at least 1. */
export const readingMinutes = (words: number): number => Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));

/** A readable web address part from a title: lower case, hyphens, at most 100 characters. */
export const slugFromTitle = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100) || 'item';
