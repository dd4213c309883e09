import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { markThreadReadMutation } from '../operations';

/** How long a burst of posts coming into view is gathered before one save. */
const SAVE_AFTER_MS = 800;

/**
 * Records how far the reader has read a thread as posts scroll into view (each post's element
 * is `#post-<id>`): the furthest seq seen is saved once a burst of scrolling settles (or at
 * once when the reader leaves), and only forward. Where IntersectionObserver is missing, the posts shown count as seen.
 */
export function useMarkThreadRead(
  threadId: string,
  posts: readonly { id: string; seq: number }[],
  lastReadSeq: number,
): void {
  // The client itself, not useMutation: the last save may run as the thread unmounts.
  const client = useApolloClient();
  const saved = useRef(lastReadSeq);
  const seen = useRef(lastReadSeq);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const save = useRef<() => void>(() => undefined);
  useEffect(() => {
    save.current = () => {
      timer.current = null;
      if (seen.current <= saved.current) return;
      const previous = saved.current;
      saved.current = seen.current;
      const input = { threadId, seq: seen.current };
      client.mutate({ mutation: markThreadReadMutation, variables: { input } }).catch(() => {
        saved.current = previous;
      });
    };
  }, [client, threadId]);

  useEffect(() => {
    const sawUpTo = (seq: number) => {
      if (seq <= seen.current) return;
      seen.current = seq;
      timer.current ??= setTimeout(() => save.current(), SAVE_AFTER_MS);
    };
    const seqById = new Map(posts.map((post) => [`post-${post.id}`, post.seq]));
    if (typeof IntersectionObserver === 'undefined') {
      sawUpTo(Math.max(0, ...seqById.values()));
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const seq = seqById.get(entry.target.id);
        if (entry.isIntersecting && seq !== undefined) sawUpTo(seq);
      }
    });
    for (const id of seqById.keys()) {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, [posts]);

  // Leaving the page saves what was seen at once rather than losing it with the timer.
  useEffect(
    () => () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      save.current();
    },
    [],
  );
}
