import { SEARCH_LIMITS } from './search.constants';

/**
 * What ts_headline puts around a matched word (Unicode private-use characters, which the
 * index strips from the text it keeps, so they can only come from ts_headline).
 */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** The options ts_headline is given: short fragments around the matches, marked as above. */
export const HEADLINE_OPTIONS =
  `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, ShortWord=2, ` +
  `MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Cuts a headline into pieces, plain and matched text in turn (even positions plain, odd
 * positions matched; the first may be empty), so a client renders text and marks and never
 * HTML. Stray markers are dropped; past SEARCH_LIMITS.snippetPiecesMax pieces the rest is
 * plain text.
 */
export function snippetPieces(headline: string): string[] {
  const pieces: string[] = [''];
  let matched = false;
  for (const ch of headline) {
    if (ch === MATCH_START || ch === MATCH_END) {
      const opening = ch === MATCH_START;
      if (opening !== matched && pieces.length < SEARCH_LIMITS.snippetPiecesMax) {
        pieces.push('');
        matched = opening;
      }
      continue;
    }
    pieces[pieces.length - 1] += ch;
  }
  if (pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop();
  return pieces;
}
