import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NamedPostEvent } from '@common-ground/shared';
import { useAuth } from '../../../app/AuthContext';
import { type ThreadLive, useLiveSocket, useThreadLive } from '../../../lib/socket';
import { postsAfterSeqQuery } from '../operations';
import { liveModeration } from '../../moderate/liveModeration';
import { useLiveThreadState } from '../../moderate/hooks/useLiveThreadState';
import { useLiveReactions } from './useLiveReactions';
import type { ThreadPost, useThreadPosts } from './useThreadPosts';

type ThreadPosts = ReturnType<typeof useThreadPosts>;

/** The API's largest page of posts. */
const MAX_PAGE = 100;

/** What the thread view shows of the live layer. */
export interface LiveThreadView extends ThreadLive {
  /** The latest "New post from …" message, for a polite live region. */
  announcement: string;
}

/**
 * A shown post with a live change applied (hidden and restored ones included); who wrote it
 * and what the viewer may do stay as listed.
 */
function applyChange(shown: ThreadPost, event: NamedPostEvent): ThreadPost {
  const { post } = event;
  const moderated = liveModeration(shown, post);
  // The event's text comes with glossary terms linked; a hidden post's author and moderators keep what they had.
  const linkedBody = moderated.body === post.bodyHtml ? post.linkedBodyHtml : shown.linkedBody;
  return { ...shown, deleted: post.deleted, editedAt: post.editedAt, ...moderated, linkedBody };
}

/**
 * Follows a thread live and folds what happens into its post list. A change to a post already
 * shown is applied from the event. A post not shown yet is fetched through GraphQL (the event
 * leaves out what the list needs: the author's organisation id and what the viewer may do),
 * several at once when a reconnect catches up. New posts by others are announced.
 *
 * It joins once the first page is loaded, from the last post that page shows, or, while later
 * pages remain for "Load more", from `threadLastSeq` (the thread's last post when it was loaded).
 */
export function useLiveThread(threadId: string, threadLastSeq: number, posts: ThreadPosts): LiveThreadView {
  const client = useApolloClient();
  const { viewer } = useAuth();
  const getSocket = useLiveSocket();
  const [announcement, setAnnouncement] = useState('');
  const [fetchFailed, setFetchFailed] = useState(false);
  const current = useRef(posts);
  const pending = useRef<number[]>([]);

  useEffect(() => {
    current.current = posts;
  }, [posts]);

  const fetchPending = useCallback(async () => {
    const seqs = pending.current;
    pending.current = [];
    let from = Math.min(...seqs);
    const to = Math.max(...seqs);
    try {
      while (from <= to) {
        const { data } = await client.query({
          query: postsAfterSeqQuery,
          variables: { threadId, afterSeq: from - 1, first: Math.min(to - from + 1, MAX_PAGE) },
          fetchPolicy: 'no-cache',
        });
        const fetched = data?.threadPosts.edges.map((edge) => edge.node) ?? [];
        if (fetched.length === 0) break;
        current.current.mergePosts(fetched);
        from = (fetched.at(-1)?.seq ?? to) + 1;
      }
    } catch {
      setFetchFailed(true);
    }
  }, [client, threadId]);

  const onPost = useCallback(
    (event: NamedPostEvent) => {
      const list = current.current;
      const shown = list.posts.find((post) => post.id === event.post.id);
      if (event.type === 'post.created' && !shown && event.post.author?.id !== viewer?.id) {
        setAnnouncement(`New post from ${event.post.author?.name ?? 'a colleague'}`);
      }
      if (shown) {
        list.mergePosts([applyChange(shown, event)]);
      } else if (!list.hasMore) {
        pending.current.push(event.seq);
        if (pending.current.length === 1) queueMicrotask(() => void fetchPending());
      }
    },
    [fetchPending, viewer?.id],
  );

  const from = posts.hasMore ? Math.max(threadLastSeq, posts.lastSeq) : posts.lastSeq;
  const live = useThreadLive(posts.loading || posts.error ? null : threadId, from, onPost, getSocket);
  useLiveReactions(posts.loading || posts.error ? null : threadId, getSocket);
  useLiveThreadState(posts.loading || posts.error ? null : threadId, getSocket, setAnnouncement);
  return { ...live, stale: live.stale || fetchFailed, announcement };
}
