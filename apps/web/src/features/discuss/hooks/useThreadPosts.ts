import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { PostFieldsFragment, ThreadPostsQuery } from '../../../gql/graphql';
import { threadPostsQuery } from '../operations';

export const POSTS_PAGE_SIZE = 20;

/** A post as the discussion pages show it. */
export type ThreadPost = PostFieldsFragment;

type PostEdge = ThreadPostsQuery['threadPosts']['edges'][number];

/** Edges with the same post once (the newer copy wins), in thread order. */
function mergeEdges(existing: readonly PostEdge[], incoming: readonly PostEdge[]): PostEdge[] {
  const byId = new Map<string, PostEdge>();
  for (const edge of [...existing, ...incoming]) byId.set(edge.node.id, edge);
  return [...byId.values()].sort((a, b) => a.node.seq - b.node.seq);
}

/**
 * A thread's posts, oldest first, loaded a page at a time ("Load more"). `mergePosts` folds in
 * posts learnt of some other way (the viewer's own reply, or a live update): changed posts are
 * replaced, and new ones are added at the end once every earlier page is loaded, so the list
 * never has a gap. `lastSeq` is the newest sequence number shown, for asking what came after.
 * With `afterSeq`, the list starts after that post (a reader's first unread, or a linked post).
 */
export function useThreadPosts(threadId: string | null | undefined, afterSeq?: number) {
  const { data, loading, error, fetchMore, updateQuery } = useQuery(threadPostsQuery, {
    variables: { threadId: threadId ?? '', first: POSTS_PAGE_SIZE, ...(afterSeq ? { afterSeq } : {}) },
    skip: !threadId,
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const connection = data?.threadPosts;
  const posts = connection?.edges.map((edge) => edge.node) ?? [];
  const hasMore = connection?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(async () => {
    const endCursor = connection?.pageInfo.endCursor;
    if (!threadId || !endCursor) return;
    await fetchMore({
      variables: { threadId, first: POSTS_PAGE_SIZE, after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        threadPosts: {
          ...fetchMoreResult.threadPosts,
          edges: mergeEdges(previous.threadPosts.edges, fetchMoreResult.threadPosts.edges),
        },
      }),
    });
  }, [connection?.pageInfo.endCursor, fetchMore, threadId]);

  const mergePosts = useCallback(
    (incoming: readonly ThreadPost[]) => {
      updateQuery((_partial, { complete, previousData }) => {
        if (!complete) return undefined;
        const current = previousData.threadPosts;
        const loadedSeq = current.edges.at(-1)?.node.seq ?? 0;
        const known = new Set(current.edges.map((edge) => edge.node.id));
        const usable = incoming.filter((post) => known.has(post.id) || !current.pageInfo.hasNextPage);
        const added = new Set(
          usable.filter((post) => !known.has(post.id) && post.seq > loadedSeq).map((post) => post.id),
        ).size;
        return {
          threadPosts: {
            ...current,
            totalCount: current.totalCount + added,
            edges: mergeEdges(
              current.edges,
              usable.map((node) => ({ __typename: 'PostEdge' as const, cursor: `seq-${node.seq}`, node })),
            ),
          },
        };
      });
    },
    [updateQuery],
  );

  return {
    posts,
    totalCount: connection?.totalCount ?? 0,
    hasMore,
    loading: loading && !data,
    error: error && !data ? error : undefined,
    loadMore,
    mergePosts,
    lastSeq: posts.at(-1)?.seq ?? 0,
  };
}
