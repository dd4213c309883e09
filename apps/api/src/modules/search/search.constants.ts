/**
 * What one search finds: library items of every kind (their `content_item.kind`), learning
 * modules and lessons, forum threads (title, tags and opening post) and forum replies, posts
 * in lessons' discussions and comments on library items.
 * The same names are `search_document.kind` (database/migrations/…-AddSearch.ts).
 */
export const SEARCH_KINDS = [
  'LESSON',
  'MODULE',
  'FORUM_THREAD',
  'FORUM_POST',
  'BLOG_POST',
  'PODCAST_EPISODE',
  'GLOSSARY_TERM',
  'FAQ',
  'MYTH',
  'LESSON_POST',
  'COMMENT',
] as const;
export type SearchKindName = (typeof SEARCH_KINDS)[number];

export const SEARCH_LIMITS = {
  /** Longer than any real question; refused beyond it (BAD_USER_INPUT) rather than cut short. */
  queryMax: 200,
  /** Fewer characters than this (after removing accents) make no trigrams: full-text matching only. */
  trigramMin: 3,
  /**
   * Matches ranked and counted at most, each way of matching (full text; trigrams of the
   * title): past it the search stops looking, ranks the best of those it found and says the
   * counts are "at least" (`countsCapped`), as mature search engines do, so a common word
   * costs no more than a rarer one (issue 8's goal: p99 ≤ 100 ms over 100,000 posts).
   */
  candidatesMax: 200,
  /** Pieces a snippet is cut into at most (plain and matched text in turn). */
  snippetPiecesMax: 41,
} as const;
