import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { PostEventName, ThreadEventName } from '@common-ground/shared';

/** A post that changed, told once its transaction has committed. */
export interface PostChange {
  type: PostEventName;
  threadId: string;
  postId: string;
}

/** A reaction added to (or taken off) a post, told once committed. */
export interface ReactionChange {
  threadId: string;
  postId: string;
  /** Who wrote the post reacted to. */
  postAuthorId: string;
  /** Who reacted. */
  reactorId: string;
  reaction: string;
  added: boolean;
}

/** A thread's state changed (locked, pinned, moved), told once committed. */
export interface ThreadChange {
  threadId: string;
  /** What changed, as the live event that tells viewers. */
  kind: ThreadEventName;
  /** The category it was in before a move (null when it did not move). */
  fromCategoryId: string | null;
}

/**
 * A moderator's decision about someone's content or account, told once committed, so
 * the person can be notified (`action` is the audit log's action name).
 */
export interface ModerationDecision {
  /** Whose content or account it concerns. */
  personId: string;
  action: string;
  postId: string | null;
  threadId: string | null;
  reason: string;
}

interface DiscussionEventMap {
  post: [PostChange];
  reaction: [ReactionChange];
  thread: [ThreadChange];
  /** A category's audience changed (the category's id). */
  category: [string];
  moderation: [ModerationDecision];
}

/**
 * The discussion's writes, announced after they commit: the socket gateway broadcasts
 * them and notifications follow them. Kept apart from both so the services that write
 * know nothing of sockets or mail.
 */
@Injectable()
export class DiscussionEvents {
  private readonly emitter = new EventEmitter();

  /** Announces a committed change to a post. */
  postChanged(change: PostChange): void {
    this.emit('post', change);
  }

  /** Calls `listener` on every committed change; returns a function that stops listening. */
  onPostChanged(listener: (change: PostChange) => void): () => void {
    return this.listen('post', listener);
  }

  /** Announces a committed reaction (added or taken off). */
  reactionChanged(change: ReactionChange): void {
    this.emit('reaction', change);
  }

  onReactionChanged(listener: (change: ReactionChange) => void): () => void {
    return this.listen('reaction', listener);
  }

  /** Announces a committed change to a thread's state (lock, pin, move). */
  threadChanged(change: ThreadChange): void {
    this.emit('thread', change);
  }

  onThreadChanged(listener: (change: ThreadChange) => void): () => void {
    return this.listen('thread', listener);
  }

  /** Announces that a category's audience (roles, sectors, organisations) may have changed, once committed. */
  categoryChanged(categoryId: string): void {
    this.emit('category', categoryId);
  }

  onCategoryChanged(listener: (categoryId: string) => void): () => void {
    return this.listen('category', listener);
  }

  /** Announces a committed moderation decision about someone's content or account. */
  moderationDecided(decision: ModerationDecision): void {
    this.emit('moderation', decision);
  }

  onModerationDecided(listener: (decision: ModerationDecision) => void): () => void {
    return this.listen('moderation', listener);
  }

  private emit<K extends keyof DiscussionEventMap>(name: K, ...args: DiscussionEventMap[K]): void {
    this.emitter.emit(name, ...args);
  }

  private listen<K extends keyof DiscussionEventMap>(
    name: K,
    listener: (...args: DiscussionEventMap[K]) => void,
  ): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
