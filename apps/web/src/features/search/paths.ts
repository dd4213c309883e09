import type { SearchKind } from '../../gql/graphql';
import { threadHref } from '../discuss/paths';
import { LESSON_DISCUSSION_ID } from '../notifications';
import { lessonHref, moduleHref } from '../learn/paths';
import { GLOSSARY_PATH, glossaryTermHref } from '../library/glossary/paths';
import { faqHref } from '../library/faq/paths';
import { mythHref } from '../library/myth/paths';
import { blogPostHref } from '../library/paths';
import { episodeHref } from '../library/podcast/paths';

export const SEARCH_PATH = '/search';

/** The results page for some words, optionally of one kind. */
export function searchHref(query: string, kind?: SearchKind | null): string {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set('kind', kind);
  return `${SEARCH_PATH}?${params.toString()}`;
}

/** The parts of a result that say where it lives. */
export interface ResultPlace {
  id: string;
  kind: SearchKind;
  slug?: string | null;
  threadId?: string | null;
  postSeq?: number | null;
  homeId?: string | null;
  homeKind?: SearchKind | null;
}

/** The id of the comments heading on a blog post's or episode's page (BlogComments). */
const COMMENTS_ID = 'comments-heading';

/**
 * Where a result opens: its own page; for a forum reply its thread at that post; for a post in
 * a lesson's discussion the lesson page at that post; for a comment its blog post's or
 * episode's comments.
 */
export function resultHref(result: ResultPlace): string {
  const slug = encodeURIComponent(result.slug ?? '');
  switch (result.kind) {
    case 'MODULE':
      return moduleHref(slug);
    case 'LESSON':
      return lessonHref(slug, result.id);
    case 'FORUM_THREAD':
      return threadHref(result.id);
    case 'FORUM_POST':
      return `${threadHref(result.threadId ?? '')}?seq=${result.postSeq ?? 1}`;
    case 'BLOG_POST':
      return blogPostHref(result.slug ?? '');
    case 'GLOSSARY_TERM':
      return result.slug ? glossaryTermHref(slug) : GLOSSARY_PATH;
    case 'FAQ':
      return faqHref(result.slug ?? '');
    case 'MYTH':
      return mythHref(result.slug ?? '');
    case 'PODCAST_EPISODE':
      return episodeHref(result.slug ?? '');
    case 'LESSON_POST':
      return `${lessonHref(slug, result.homeId ?? '')}?seq=${result.postSeq ?? 1}#${LESSON_DISCUSSION_ID}`;
    case 'COMMENT':
      return `${result.homeKind === 'PODCAST_EPISODE' ? episodeHref(result.slug ?? '') : blogPostHref(result.slug ?? '')}#${COMMENTS_ID}`;
  }
}
