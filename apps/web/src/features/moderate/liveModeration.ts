import type { LivePost } from '@common-ground/shared';
import type { ModeratedPost } from './components/PostModeration';

/**
 * A shown post's moderation after a live event. The event is the same for every viewer, so
 * a hidden post arrives without its text: readers then see the placeholder, while its
 * author and moderators (who may read it) keep the text they already have.
 */
export function liveModeration(
  shown: ModeratedPost & { viewerCan: { delete: boolean } },
  post: LivePost,
): Pick<ModeratedPost, 'body' | 'moderation'> {
  if (!post.hidden) {
    return { body: post.bodyHtml, moderation: { ...shown.moderation, state: 'VISIBLE' } };
  }
  const mayRead = shown.moderation.viewerCanModerate || shown.viewerCan.delete;
  const state = shown.moderation.state === 'HELD' ? 'HELD' : 'HIDDEN';
  return { body: mayRead ? shown.body : '', moderation: { ...shown.moderation, state } };
}
