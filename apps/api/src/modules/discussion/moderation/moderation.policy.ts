import type { Actor } from '../../../common/auth/actor';
import { hasRole } from '../../../common/auth/actor';

/**
 * Where a moderator may act: the whole forum (admins, and moderators given no category),
 * or only the categories they were given. A lesson's discussion belongs to no category,
 * so only forum-wide moderators look after it.
 */
export type ModeratorScope = { kind: 'ALL' } | { kind: 'CATEGORIES'; categoryIds: readonly string[] };

/** Moderators and admins moderate; everyone else does not. */
export function isModerator(viewer: Actor | null | undefined): viewer is Actor {
  return hasRole(viewer, 'MODERATOR', 'ADMIN');
}

/** The scope of a moderator from their category assignments (admins always moderate everything). */
export function scopeOf(viewer: Actor, assignedCategoryIds: readonly string[]): ModeratorScope {
  if (hasRole(viewer, 'ADMIN') || !assignedCategoryIds.length) return { kind: 'ALL' };
  return { kind: 'CATEGORIES', categoryIds: assignedCategoryIds };
}

/** Whether a scope covers a thread in `categoryId` (null: a lesson's discussion). */
export function scopeCovers(scope: ModeratorScope | null, categoryId: string | null): boolean {
  if (!scope) return false;
  return scope.kind === 'ALL' || (categoryId !== null && scope.categoryIds.includes(categoryId));
}

/**
 * Who sees the text of a hidden or held post: its author (so they know what was hidden)
 * and moderators. Everyone else sees a placeholder, or nothing for a held post.
 */
export function canSeeConcealed(viewer: Actor | null, post: { authorId: string }): boolean {
  return !!viewer && (viewer.id === post.authorId || isModerator(viewer));
}
