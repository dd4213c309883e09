import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import type { ThreadEventName, ThreadStateEvent } from '@common-ground/shared';
import type { LiveSocket } from '../../../lib/socket';

const THREAD_EVENTS: ThreadEventName[] = [
  'thread.locked',
  'thread.unlocked',
  'thread.pinned',
  'thread.unpinned',
  'thread.moved',
];

/** What the thread page announces for each change. */
const ANNOUNCED: Record<ThreadEventName, string> = {
  'thread.locked': 'A moderator has locked this discussion. Nobody can add or change posts now.',
  'thread.unlocked': 'A moderator has unlocked this discussion.',
  'thread.pinned': 'A moderator has pinned this discussion.',
  'thread.unpinned': 'A moderator has unpinned this discussion.',
  'thread.moved': 'A moderator has moved this discussion to another category.',
};

/**
 * Keeps an open thread's state current while moderators change it: each thread event from
 * the live socket (the thread's room is joined by useThreadLive) writes locked, pinned and
 * category into the Apollo cache, so the reply form closes the moment a thread is locked.
 * `announce` receives a sentence for a polite live region.
 */
export function useLiveThreadState(
  threadId: string | null,
  getSocket: () => LiveSocket,
  announce: (message: string) => void,
): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!threadId) return;
    const socket = getSocket();
    const stops = THREAD_EVENTS.map((name) => {
      const listener = (event: ThreadStateEvent) => {
        if (event.threadId !== threadId) return;
        const id = client.cache.identify({ __typename: 'DiscussionThread', id: threadId });
        if (id) {
          client.cache.modify({
            id,
            fields: {
              locked: () => event.locked,
              pinned: () => event.pinned,
              categoryId: () => event.categoryId,
              viewerCan: (existing: unknown) =>
                typeof existing === 'object' && existing !== null ? { ...existing, reply: !event.locked } : existing,
            },
          });
        }
        announce(ANNOUNCED[name]);
      };
      socket.on(name, listener);
      return () => {
        socket.off(name, listener);
      };
    });
    return () => stops.forEach((stop) => stop());
  }, [client, threadId, getSocket, announce]);
}
