import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import {
  LIVE_LIMITS,
  LIVE_SOCKET_PATH,
  type LiveClientEvents,
  type LiveServerEvents,
  type NamedPostEvent,
  type PostEvent,
  type PostEventName,
  type ThreadUnavailableEvent,
  type ThreadUnavailableReason,
} from '@common-ground/shared';

/** The live discussion socket, typed by the protocol in the shared package. */
export type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;

let shared: LiveSocket | null = null;

/** The app's one live socket (same origin, session cookie), opened on first use. */
export function liveSocket(): LiveSocket {
  shared ??= io({ path: LIVE_SOCKET_PATH, transports: ['websocket'] });
  return shared;
}

/**
 * Where live views get their socket: the app's one socket unless a provider says otherwise
 * (component tests provide a fake).
 */
export const LiveSocketContext = createContext<() => LiveSocket>(liveSocket);

/** The socket getter live views use, from `LiveSocketContext`. */
export function useLiveSocket(): () => LiveSocket {
  return useContext(LiveSocketContext);
}

/** What a thread's live view shows besides its posts. */
export interface ThreadLive {
  /** People viewing the thread, the reader included (0 until known). */
  presence: number;
  /** Names of the others writing now. */
  typing: string[];
  /** True when too much was missed to catch up: the page should be reloaded. */
  stale: boolean;
  /**
   * Set once the reader can no longer follow the thread: it moved to a category they may not
   * read, or their access changed (a rejoin answered NOT_FOUND counts as that). Null until then.
   */
  unavailable: ThreadUnavailableReason | null;
  /** Tells the others the reader is writing (sent at most once per LIVE_LIMITS.typingEveryMs). */
  startTyping(): void;
}

const TYPING_SHOWN_MS = 4000;
const POST_EVENTS: PostEventName[] = ['post.created', 'post.edited', 'post.deleted', 'post.hidden', 'post.restored'];

/**
 * Follows one thread live: joins it (again after every reconnect, asking for what came
 * after the last sequence seen), hands new, edited and deleted posts to `onPost` in order
 * and once each (a new post at or before the last sequence seen is a repeat and dropped),
 * and keeps presence and typing. `lastSeq` is the last post the page already shows. Once the
 * server says the reader may no longer follow the thread, it stops joining and says why.
 */
export function useThreadLive(
  threadId: string | null,
  lastSeq: number,
  onPost: (event: NamedPostEvent) => void,
  getSocket: () => LiveSocket = liveSocket,
): ThreadLive {
  const [presence, setPresence] = useState(0);
  const [typing, setTyping] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  // Kept with its thread, so a page reused for another thread does not inherit it.
  const [unavailable, setUnavailable] = useState<ThreadUnavailableEvent | null>(null);
  const seen = useRef(lastSeq);
  const handler = useRef(onPost);
  const lastTyping = useRef(0);

  useEffect(() => {
    handler.current = onPost;
  }, [onPost]);
  useEffect(() => {
    seen.current = Math.max(seen.current, lastSeq);
  }, [lastSeq]);

  useEffect(() => {
    if (!threadId) return;
    const socket = getSocket();
    const timers = new Set<ReturnType<typeof setTimeout>>();
    let shut = false;
    const deliver = (event: NamedPostEvent) => {
      if (event.type === 'post.created') {
        if (event.seq <= seen.current) return;
        seen.current = event.seq;
      }
      handler.current(event);
    };
    const shutOut = (reason: ThreadUnavailableReason) => {
      shut = true;
      setUnavailable({ threadId, reason });
      setPresence(0);
      setTyping([]);
    };
    const join = () => {
      if (shut) return;
      socket.emit('thread.join', { threadId, lastSeq: seen.current }, (ack) => {
        if (ack.ok) ack.missed.forEach(deliver);
        else if (ack.code === 'CATCH_UP_TOO_LARGE') setStale(true);
        else if (ack.code === 'NOT_FOUND') shutOut('ACCESS_CHANGED');
      });
    };
    const onUnavailable = (event: ThreadUnavailableEvent) => {
      if (event.threadId === threadId) shutOut(event.reason);
    };
    const listeners = POST_EVENTS.map((type) => {
      const listener = (event: PostEvent) => {
        if (event.threadId === threadId) deliver({ ...event, type });
      };
      socket.on(type, listener);
      return () => socket.off(type, listener);
    });
    const onPresence = (event: { threadId: string; count: number }) => {
      if (event.threadId === threadId) setPresence(event.count);
    };
    const onTyping = (event: { threadId: string; colleagueName: string }) => {
      if (event.threadId !== threadId) return;
      setTyping((names) => (names.includes(event.colleagueName) ? names : [...names, event.colleagueName]));
      const timer = setTimeout(() => {
        timers.delete(timer);
        setTyping((names) => names.filter((name) => name !== event.colleagueName));
      }, TYPING_SHOWN_MS);
      timers.add(timer);
    };
    socket.on('presence.changed', onPresence);
    socket.on('typing', onTyping);
    socket.on('thread.unavailable', onUnavailable);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      listeners.forEach((stop) => stop());
      socket.off('presence.changed', onPresence);
      socket.off('typing', onTyping);
      socket.off('thread.unavailable', onUnavailable);
      socket.off('connect', join);
      timers.forEach(clearTimeout);
      if (socket.connected) socket.emit('thread.leave', { threadId }, () => undefined);
    };
  }, [threadId, getSocket]);

  const startTyping = useCallback(() => {
    const now = Date.now();
    if (!threadId || now - lastTyping.current < LIVE_LIMITS.typingEveryMs) return;
    lastTyping.current = now;
    getSocket().emit('typing.start', { threadId }, () => undefined);
  }, [threadId, getSocket]);

  return {
    presence,
    typing,
    stale,
    unavailable: unavailable?.threadId === threadId ? unavailable.reason : null,
    startTyping,
  };
}
