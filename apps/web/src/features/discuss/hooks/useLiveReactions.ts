import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import type { ReactionChangedEvent } from '@common-ground/shared';
import type { PostReactionsFieldsFragment } from '../../../gql/graphql';
import type { LiveSocket } from '../../../lib/socket';

type Reactions = PostReactionsFieldsFragment['reactions'];

/**
 * Keeps a thread's reaction counts current while it is open: each `reaction.changed` from the
 * live socket (the thread's room is joined by useThreadLive) writes the post's new counts into
 * the Apollo cache, keeping whether the viewer reacted, which only their own actions change.
 */
export function useLiveReactions(threadId: string | null, getSocket: () => LiveSocket): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!threadId) return;
    const socket = getSocket();
    const listener = (event: ReactionChangedEvent) => {
      if (event.threadId !== threadId) return;
      const id = client.cache.identify({ __typename: 'Post', id: event.postId });
      if (!id) return;
      client.cache.modify<{ reactions: Reactions }>({
        id,
        fields: {
          reactions: (existing) =>
            (existing as Reactions).map((shown) => ({
              ...shown,
              count: event.counts.find((c) => c.reaction === shown.reaction)?.count ?? shown.count,
            })),
        },
      });
    };
    socket.on('reaction.changed', listener);
    return () => {
      socket.off('reaction.changed', listener);
    };
  }, [client, threadId, getSocket]);
}
