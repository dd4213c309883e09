import { useState } from 'react';
import { startAfterSeq } from '../firstUnread';

interface ThreadReading {
  id: string;
  viewerLastReadSeq: number;
  lastSeq: number;
}

/**
 * Where a thread page's list starts (see startAfterSeq), fixed once per thread and link:
 * reading moves the reader's position on, and the list must not jump under them when it does.
 */
export function useStartAfterSeq(
  linkedSeq: string | null,
  thread: ThreadReading | null | undefined,
): number | undefined {
  const key = thread ? `${thread.id}:${linkedSeq ?? ''}` : null;
  const [fixed, setFixed] = useState(() => ({
    key,
    value: thread ? startAfterSeq(linkedSeq, thread) : undefined,
  }));
  if (thread && fixed.key !== key) {
    const value = startAfterSeq(linkedSeq, thread);
    setFixed({ key, value });
    return value;
  }
  return fixed.value;
}
