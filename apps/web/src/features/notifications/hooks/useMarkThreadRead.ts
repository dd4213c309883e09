import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { markThreadReadMutation } from '../operations';

/** How long a burst of posts coming into view is gathered before one save. */
const SAVE_AFTER_MS = 800;

/**
 * Records how far the reader has read a thread as posts scroll into view (each post's element
 * is `#post-<id>`): the furthest seq seen is saved once a burst of scrolling settles, and
 * only forward. Where IntersectionObserver is missing, the posts shown count as seen.
 */
export function useMarkThreadRead(
  threadId: string,
  posts: readonly { id: string; seq: number }[],
  lastReadSeq: number,
): void {
  const [markRead] = useMutation(markThreadReadMutation);
  const saved = useRef(lastReadSeq);
  const seen = useRef(lastReadSeq);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const save = () => {
      timer.current = null;
      if (seen.current <= saved.current) return;
      saved.current = seen.current;
      markRead({ variables: { input: { threadId, seq: seen.current } } }).catch(() => {
        saved.current = 0;
      });
    };
    const sawUpTo = (seq: number) => {
      if (seq <= seen.current) return;
      seen.current = seq;
      timer.current ??= setTimeout(save, SAVE_AFTER_MS);
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
  }, [markRead, posts, threadId]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
}
