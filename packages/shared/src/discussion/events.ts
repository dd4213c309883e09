/**
 * The live discussion protocol over socket.io, typed once for the API gateway and the web
 * client. Posts are written through GraphQL; the socket only carries what happened.
 */
import type { NotificationServerEvents } from '../notifications/events';
import type { PostReactionCount } from './reactions';

/** The path the socket.io server listens on, on the same port as the app. */
export const LIVE_SOCKET_PATH = '/socket.io';

/** Limits of the live layer. */
export const LIVE_LIMITS = {
  /** Messages one person may send in any second, across their sockets on one instance. */
  messagesPerSecond: 5,
  /** A person's typing indicator is passed on at most this often per thread. */
  typingEveryMs: 2000,
  /** Events a reconnecting client may be sent in one catch-up; beyond it they reload. */
  catchUpMax: 500,
  /** The largest message payload (as JSON, in bytes) answered normally; larger ones are refused with PAYLOAD_TOO_LARGE. */
  messageBytes: 4096,
  /**
   * The largest frame the socket reads at all: socket.io closes the connection on a bigger
   * one by design (the client sees a transport close and reconnects), so nothing that size is parsed.
   */
  frameBytes: 65_536,
} as const;

/** A colleague as other staff see them on a post. */
export interface LiveColleague {
  id: string;
  name: string;
  jobTitle: string;
  organisationName: string;
}

/** A post as a viewer renders it; the same for every viewer (anonymous authors are left out). */
export interface LivePost {
  id: string;
  seq: number;
  /** Sanitised HTML; empty once deleted. */
  bodyHtml: string;
  /**
   * The same with glossary terms linked for signed-in staff, as GraphQL's Post.linkedBody (the
   * same as bodyHtml when an editor switched linking off for the post); empty when bodyHtml is.
   */
  linkedBodyHtml: string;
  /** Null when posted anonymously. */
  author: LiveColleague | null;
  anonymous: boolean;
  sceneId: string | null;
  quotedPostId: string | null;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601, or null if never edited. */
  editedAt: string | null;
  deleted: boolean;
  /** Hidden by a moderator (or held for review): other staff see a placeholder, and the body is empty. */
  hidden: boolean;
}

/**
 * A change to a post. `seq` is the post's own place in the thread: a new post raises the
 * thread's sequence, an edit or delete repeats the sequence of the post it changes.
 */
export interface PostEvent {
  threadId: string;
  seq: number;
  post: LivePost;
}

/** How many people are viewing a thread, across every instance. */
export interface PresenceChanged {
  threadId: string;
  count: number;
}

/** Someone else is writing in a thread ("a colleague" in categories allowing anonymous posts). */
export interface TypingEvent {
  threadId: string;
  colleagueName: string;
}

/**
 * A reaction was added to or taken off a post: the post's counts as they now stand (so an
 * event arriving twice or late still shows the truth). Whether the viewer reacted is theirs
 * to know from their own action; it is not in the broadcast.
 */
export interface ReactionChangedEvent {
  threadId: string;
  postId: string;
  counts: PostReactionCount[];
}

/** Events the server sends (notifications go to the person's own room). */
export interface LiveServerEvents extends NotificationServerEvents {
  'post.created': (event: PostEvent) => void;
  'post.edited': (event: PostEvent) => void;
  'post.deleted': (event: PostEvent) => void;
  'presence.changed': (event: PresenceChanged) => void;
  typing: (event: TypingEvent) => void;
  'reaction.changed': (event: ReactionChangedEvent) => void;
  'post.hidden': (event: PostEvent) => void;
  'post.restored': (event: PostEvent) => void;
  'thread.locked': (event: ThreadStateEvent) => void;
  'thread.unlocked': (event: ThreadStateEvent) => void;
  'thread.pinned': (event: ThreadStateEvent) => void;
  'thread.unpinned': (event: ThreadStateEvent) => void;
  'thread.moved': (event: ThreadStateEvent) => void;
  'thread.unavailable': (event: ThreadUnavailableEvent) => void;
}

/**
 * Why a viewer was taken out of a thread's live room: it was moved to a category they may
 * not read (MOVED), or their roles changed and they may no longer read it (ACCESS_CHANGED).
 * No further events of the thread reach them.
 */
export type ThreadUnavailableReason = 'MOVED' | 'ACCESS_CHANGED';

/** The viewer can no longer follow a thread. */
export interface ThreadUnavailableEvent {
  threadId: string;
  reason: ThreadUnavailableReason;
}

/** The name of a thread state event. */
export type ThreadEventName =
  'thread.locked' | 'thread.unlocked' | 'thread.pinned' | 'thread.unpinned' | 'thread.moved';

/** A moderator changed a thread: its state as it now stands. */
export interface ThreadStateEvent {
  threadId: string;
  locked: boolean;
  pinned: boolean;
  /** The category it is in now (null for a lesson's discussion). */
  categoryId: string | null;
}

/**
 * The name of a post event. `post.hidden` and `post.restored` are a moderator's decision (or
 * enough flags): a hidden post comes with `hidden` set and an empty body, like a deleted one; a
 * restored (or approved) post comes with its body.
 */
export type PostEventName = 'post.created' | 'post.edited' | 'post.deleted' | 'post.hidden' | 'post.restored';

/** A post event with its name, as a catch-up lists them. */
export interface NamedPostEvent extends PostEvent {
  type: PostEventName;
}

/** Why the server refused a message. */
export type LiveErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'UNKNOWN_EVENT'
  | 'CATCH_UP_TOO_LARGE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'INTERNAL';

/** What every acknowledgement says when a message was refused. */
export interface LiveError {
  ok: false;
  code: LiveErrorCode;
  message: string;
}

/** The acknowledgement of a message: `ok` with its result, or a refusal. */
export type LiveAck<T extends object = object> = ({ ok: true } & T) | LiveError;

/**
 * The reply to `thread.join`. With `lastSeq`, `missed` lists in sequence order the posts
 * after it, each in its current state as `post.created` (a post edited or deleted since is
 * sent as it is now), and the earlier posts a moderator approved, restored or hid while the
 * reader was away, as `post.restored` or `post.hidden` (each post once; edits and deletions
 * of earlier posts made while away are not replayed: reload the page to see them).
 * `lastSeq` is the thread's latest sequence.
 */
export type JoinAck = LiveAck<{ missed: NamedPostEvent[]; lastSeq: number }>;

/** Joining a thread: its events and presence, and what was missed since `lastSeq`. */
export interface JoinThread {
  threadId: string;
  lastSeq?: number;
}

/** Leaving or writing in a thread. */
export interface ThreadRef {
  threadId: string;
}

/** Messages the client sends; each takes an acknowledgement callback. */
export interface LiveClientEvents {
  'thread.join': (message: JoinThread, ack: (reply: JoinAck) => void) => void;
  'thread.leave': (message: ThreadRef, ack: (reply: LiveAck) => void) => void;
  'typing.start': (message: ThreadRef, ack: (reply: LiveAck) => void) => void;
}
