import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { PostEventName } from '@common-ground/shared';

/** A post that changed, told once its transaction has committed. */
export interface PostChange {
  type: PostEventName;
  threadId: string;
  postId: string;
}

/**
 * The discussion's writes, announced after they commit, for the socket gateway to
 * broadcast (and later notifications to follow). Kept apart from the gateway so the
 * service knows nothing of sockets.
 */
@Injectable()
export class DiscussionEvents {
  private readonly emitter = new EventEmitter();

  /** Announces a committed change to a post. */
  postChanged(change: PostChange): void {
    this.emitter.emit('post', change);
  }

  /** Calls `listener` on every committed change; returns a function that stops listening. */
  onPostChanged(listener: (change: PostChange) => void): () => void {
    this.emitter.on('post', listener);
    return () => this.emitter.off('post', listener);
  }
}
