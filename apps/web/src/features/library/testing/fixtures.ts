import type { BlogPostCardFragment, BlogPostQuery } from '../../../gql/graphql';

/** A blog post as lists show it, with overrides. */
export function postCard(overrides: Partial<BlogPostCardFragment> = {}): BlogPostCardFragment {
  // Apollo's cache needs each object's type name; the generated types leave them out.
  return {
    __typename: 'BlogPost',
    id: 'post-1',
    slug: 'what-an-interpreter-taught-me',
    title: 'What an interpreter taught me about listening',
    summary: 'Three things I do differently at the front desk.',
    status: 'PUBLISHED',
    audience: 'PUBLIC',
    publishedAt: '2026-11-03T10:00:00.000Z',
    publishAt: null,
    updatedAt: '2026-11-03T10:00:00.000Z',
    readingMinutes: 4,
    tags: ['interpreting', 'front desk'],
    featured: false,
    author: {
      __typename: 'Colleague',
      id: 'person-9',
      name: 'Joanna Nowak',
      jobTitle: 'Housing officer',
      organisation: { __typename: 'Organisation', id: 'org-9', name: 'Northfield Council' },
    } as BlogPostCardFragment['author'],
    ...overrides,
  } as BlogPostCardFragment;
}

type FullPost = NonNullable<BlogPostQuery['blogPost']>;

/** A blog post as its page and editor load it, with overrides. */
export function fullPost(overrides: Partial<FullPost> = {}): FullPost {
  return {
    ...postCard(),
    bodyHtml: '<p>Speak to the person, not the interpreter.</p>',
    linkedBodyHtml: '<p>Speak to the person, not the interpreter.</p>',
    cover: null,
    viewerCan: viewerCan({}),
    ...overrides,
  };
}

/** The list query's answer for some posts. */
export function postsPage(posts: BlogPostCardFragment[], hasNextPage = false) {
  return {
    blogPosts: {
      __typename: 'BlogPostConnection' as const,
      totalCount: posts.length,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: posts.length ? 'cursor-1' : null },
      edges: posts.map((node) => ({ __typename: 'BlogPostEdge' as const, node })),
    },
  };
}

/** What the viewer may do with a post (nothing unless given). */
export function viewerCan(allowed: Partial<FullPost['viewerCan']>): FullPost['viewerCan'] {
  return {
    __typename: 'ContentViewerCan',
    edit: false,
    submit: false,
    returnToDraft: false,
    publish: false,
    archive: false,
    seeHistory: false,
    ...allowed,
  } as FullPost['viewerCan'];
}

/** A post's cover picture. */
export function cover(url: string, alt: string): FullPost['cover'] {
  return { __typename: 'BlogCover', mediaId: url.split('/').at(-1) ?? '', url, alt } as FullPost['cover'];
}
