import type { Actor } from '../../../common/auth/actor';
import type { PostModerationState } from '../entities/post.entity';

/** The parts of a post the reaction rule reads. */
export interface ReactablePost {
  authorId: string;
  deletedAt: Date | null;
  moderationState: PostModerationState;
}

/**
 * A signed-in reader reacts to someone else's post while it stands and its thread is open.
 * Not to their own (a reaction is a word from a reader to the writer), not to a deleted
 * placeholder or a post hidden or held by moderation, not in a locked thread (nothing there
 * changes). Suspension is checked where the reaction is written, since it needs a look-up.
 */
export function canReact(viewer: Actor | null, post: ReactablePost, thread: { locked: boolean }): boolean {
  return (
    !!viewer && viewer.id !== post.authorId && !post.deletedAt && post.moderationState === 'VISIBLE' && !thread.locked
  );
}
