/**
 * Where a thread page starts: at the post a link names (`?seq=`), else at the reader's first
 * unread post when they have read some before; undefined starts at the beginning. The value
 * is the seq to start after.
 */
export function startAfterSeq(
  linkedSeq: string | null,
  thread: { viewerLastReadSeq: number; lastSeq: number },
): number | undefined {
  const linked = linkedSeq === null ? NaN : Number(linkedSeq);
  if (Number.isInteger(linked) && linked >= 1) return Math.min(linked, thread.lastSeq) - 1 || undefined;
  const read = thread.viewerLastReadSeq;
  return read > 0 && read < thread.lastSeq ? read : undefined;
}
