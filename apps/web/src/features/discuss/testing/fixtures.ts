import type { PostFieldsFragment, ThreadFieldsFragment } from '../../../gql/graphql';

/** A colleague as the API returns them. */
export function colleague(id: string, name: string, jobTitle: string, organisation: string) {
  return {
    __typename: 'Colleague' as const,
    id,
    name,
    jobTitle,
    organisation: { __typename: 'Organisation' as const, id: `org-${id}`, name: organisation },
  };
}

export const amara = colleague('person-9', 'Amara Osei', 'Housing officer', 'Fenmouth Council');
export const viewerAsColleague = colleague('person-1', 'Sam Okafor', 'Customer service adviser', 'Riverside Council');

/** Every reaction with nobody having left it, as the API lists them. */
export function noReactions(): PostFieldsFragment['reactions'] {
  return [
    { reaction: 'THANKS', label: 'Thanks', count: 0, viewerReacted: false },
    { reaction: 'HELPFUL', label: 'Helpful', count: 0, viewerReacted: false },
    { reaction: 'AGREE', label: 'Agree', count: 0, viewerReacted: false },
    { reaction: 'INSIGHTFUL', label: 'Insightful', count: 0, viewerReacted: false },
  ];
}

/** A post's moderation as an ordinary reader sees a visible post nobody has reported. */
export function visibleModeration(): PostFieldsFragment['moderation'] {
  return {
    state: 'VISIBLE',
    viewerCanFlag: true,
    viewerHasFlagged: false,
    viewerCanModerate: false,
    openFlagCount: null,
  };
}

/** A post with sensible defaults: visible, by Amara, never edited, not the viewer's. */
export function post(
  seq: number,
  overrides: Partial<PostFieldsFragment> = {},
): PostFieldsFragment & { __typename: 'Post' } {
  return {
    __typename: 'Post',
    id: `post-${seq}`,
    threadId: 'thread-1',
    seq,
    body: `<p>Post number ${seq}</p>`,
    // What readers see: the body, with glossary terms linked (none in these fixtures).
    linkedBody: overrides.body ?? `<p>Post number ${seq}</p>`,
    anonymous: false,
    deleted: false,
    createdAt: '2026-06-16T08:30:00.000Z',
    editedAt: null,
    sceneId: null,
    author: amara,
    viewerCan: { edit: false, delete: false, react: true },
    reactions: noReactions(),
    quotedPost: null,
    moderation: visibleModeration(),
    ...overrides,
  };
}

/** A forum thread with sensible defaults: open, in the interpreting category. */
export function thread(
  overrides: Partial<ThreadFieldsFragment> = {},
): ThreadFieldsFragment & { __typename: 'DiscussionThread' } {
  return {
    __typename: 'DiscussionThread',
    id: 'thread-1',
    title: 'Booking interpreters for home visits',
    anonymous: false,
    locked: false,
    pinned: false,
    tags: [],
    postCount: 3,
    lastSeq: 3,
    lastActivityAt: '2026-06-16T11:00:00.000Z',
    lessonId: null,
    category: {
      id: 'category-1',
      title: 'Interpreting and language support',
      allowsAnonymous: false,
    },
    viewerCan: { reply: true },
    viewerCanModerate: false,
    viewerFollowLevel: 'NORMAL',
    viewerLastReadSeq: 0,
    viewerUnreadCount: 0,
    ...overrides,
  };
}

/** The threadPosts answer for a list of posts, as one page. */
export function postsPage(
  posts: PostFieldsFragment[],
  hasNextPage = false,
  totalCount = posts.length + (hasNextPage ? 1 : 0),
) {
  return {
    threadPosts: {
      __typename: 'PostConnection' as const,
      totalCount,
      pageInfo: {
        __typename: 'PageInfo' as const,
        hasNextPage,
        endCursor: posts.length ? `cursor-${posts.at(-1)?.seq}` : null,
      },
      edges: posts.map((node) => ({ __typename: 'PostEdge' as const, cursor: `cursor-${node.seq}`, node })),
    },
  };
}
