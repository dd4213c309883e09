import type { SearchKind } from '../../gql/graphql';

/** Every kind, in the order the filters list them. */
export const SEARCH_KINDS: readonly SearchKind[] = [
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
];

/** What a result is, as its label says (one) and as a filter names them (many). */
export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  LESSON: { one: 'Lesson', many: 'Lessons' },
  MODULE: { one: 'Learning module', many: 'Learning modules' },
  FORUM_THREAD: { one: 'Forum thread', many: 'Forum threads' },
  FORUM_POST: { one: 'Forum reply', many: 'Forum replies' },
  BLOG_POST: { one: 'Blog post', many: 'Blog posts' },
  PODCAST_EPISODE: { one: 'Podcast episode', many: 'Podcast episodes' },
  GLOSSARY_TERM: { one: 'Glossary term', many: 'Glossary terms' },
  FAQ: { one: 'FAQ', many: 'FAQs' },
  MYTH: { one: 'Myth-buster', many: 'Myth-busters' },
  LESSON_POST: { one: 'Lesson discussion', many: 'Lesson discussions' },
  COMMENT: { one: 'Comment', many: 'Comments' },
};

/** Kinds whose date says nothing useful to a reader (a glossary term is not news), so none is shown. */
export const UNDATED_KINDS: ReadonlySet<SearchKind> = new Set<SearchKind>(['GLOSSARY_TERM', 'FAQ', 'MODULE']);

export const isSearchKind = (value: string | null): value is SearchKind =>
  value !== null && (SEARCH_KINDS as readonly string[]).includes(value);
