import type { RoleName, SectorName } from '@common-ground/shared';
import type { Actor } from '../../common/auth/actor';
import { hasRole } from '../../common/auth/actor';

/** The parts of a category its visibility depends on. */
export interface CategoryAudience {
  allowedRoles: readonly RoleName[];
  allowedSectors: readonly SectorName[];
  allowedOrganisationIds: readonly string[];
}

/** A category with any of its audience lists filled is restricted; otherwise all staff see it. */
export function isRestricted(category: CategoryAudience): boolean {
  return category.allowedRoles.length + category.allowedSectors.length + category.allowedOrganisationIds.length > 0;
}

/** Admins create and change categories (and so see every one). */
export function canManageForum(viewer: Actor | null): boolean {
  return hasRole(viewer, 'ADMIN');
}

/**
 * Signed-in staff see an unrestricted category; a restricted one only when they hold one
 * of its roles, belong to one of its organisations, or their organisation is in one of
 * its sectors. `sectorOf` is asked only when the sector decides, since it costs a look-up.
 * Anyone else is answered as if the category did not exist.
 */
export async function canSeeCategory(
  viewer: Actor | null,
  category: CategoryAudience,
  sectorOf: () => Promise<SectorName | null>,
): Promise<boolean> {
  if (!viewer) return false;
  if (canManageForum(viewer) || !isRestricted(category)) return true;
  if (hasRole(viewer, ...category.allowedRoles)) return true;
  if (category.allowedOrganisationIds.includes(viewer.organisationId)) return true;
  if (!category.allowedSectors.length) return false;
  const sector = await sectorOf();
  return !!sector && category.allowedSectors.includes(sector);
}

/** The parts of a post the author rules read. */
export interface PostFacts {
  authorId: string;
  anonymous: boolean;
  deletedAt: Date | null;
}

/** Only the author edits a post, never once deleted or while its thread is locked. */
export function canEditPost(viewer: Actor | null, post: PostFacts, thread: { locked: boolean }): boolean {
  return !!viewer && viewer.id === post.authorId && !post.deletedAt && !thread.locked;
}

/** Only the author deletes a post (a locked thread does not stop them taking their words back). */
export function canDeletePost(viewer: Actor | null, post: PostFacts): boolean {
  return !!viewer && viewer.id === post.authorId && !post.deletedAt;
}

/** Anyone signed in may reply to a thread that is not locked. */
export function canReply(viewer: Actor | null, thread: { locked: boolean }): boolean {
  return !!viewer && !thread.locked;
}

/**
 * Whether the viewer is told who wrote an anonymous post or thread: only its author is.
 * Other staff see "a colleague" (moderators' view, with its audit, comes with moderation).
 */
export function canSeeAuthor(viewer: Actor | null, item: { authorId: string | null; anonymous: boolean }): boolean {
  return !item.anonymous || (!!viewer && viewer.id === item.authorId);
}
