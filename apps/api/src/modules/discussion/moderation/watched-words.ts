import type { WatchedWordAction } from './entities/watched-word.entity';

/** A watched word as the matcher needs it. */
export interface WatchedWord {
  word: string;
  action: WatchedWordAction;
}

/** What the watched words make of a post. */
export interface WordScreening {
  /** The first word that blocks the post, if any. */
  blocked: string | null;
  /** True when a HOLD word appears. */
  hold: boolean;
  /** The FLAG words that appear, each once. */
  flagged: string[];
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/**
 * The text a reader sees in sanitised HTML: tags become spaces (so words in separate
 * paragraphs never run together) and the few entities the sanitiser writes are decoded.
 * Only for HTML that went through sanitiseRichText, which escapes every `<` and `>` in text
 * and attribute values.
 */
export function textOfSanitisedHtml(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity]);
}

/** Plain text made safe to place in HTML, so it can be screened with a post's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A word as stored and compared: NFC, lower case, inner spaces collapsed. */
export function normaliseWord(word: string): string {
  return word.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` contains `word` as a whole word: not inside a longer word in any script
 * (a boundary is anything but a letter, a number or a combining mark), compared without
 * regard to case after NFC normalisation.
 */
export function containsWord(text: string, word: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escapeRegExp(word)}(?![\\p{L}\\p{N}\\p{M}])`, 'iu');
  return pattern.test(text.normalize('NFC'));
}

/** Screens a post's sanitised HTML against the watched words. */
export function screenWords(html: string, words: readonly WatchedWord[]): WordScreening {
  const text = textOfSanitisedHtml(html).normalize('NFC').replace(/\s+/g, ' ');
  const found = words.filter((w) => containsWord(text, w.word));
  return {
    blocked: found.find((w) => w.action === 'BLOCK')?.word ?? null,
    hold: found.some((w) => w.action === 'HOLD'),
    flagged: [...new Set(found.filter((w) => w.action === 'FLAG').map((w) => w.word))],
  };
}
