import type { Actor } from '../../common/auth/actor';
import { hasRole } from '../../common/auth/actor';

/** Admins edit the framework: strands, groups, competencies, resources and their mapping. */
export function canEditFramework(viewer: Actor | null): boolean {
  return hasRole(viewer, 'ADMIN');
}

/**
 * A learning plan is personal (PRODUCT.md, "Visibility"): the person, their line manager
 * (the account they named), partnership leads (moderators) and admins see it; to anyone
 * else it does not exist.
 */
export function canViewPlan(viewer: Actor | null, owner: { id: string; lineManagerId: string | null }): boolean {
  if (!viewer) return false;
  return viewer.id === owner.id || owner.lineManagerId === viewer.id || hasRole(viewer, 'MODERATOR', 'ADMIN');
}

/** Signed-out visitors may use the tool only for groups open to the public; staff for every group. */
export function canUseGroup(viewer: Actor | null, group: { openToPublic: boolean }): boolean {
  return !!viewer || group.openToPublic;
}
