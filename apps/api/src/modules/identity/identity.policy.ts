import type { Actor } from '../../common/auth/actor';
import { hasRole } from '../../common/auth/actor';

/** The facts about a person that the identity rules depend on. */
export interface PersonSubject {
  id: string;
  lineManagerId: string | null;
}

/** What a viewer may do to a person, as presented to the client in `viewerCan`. */
export interface PersonPermissions {
  editProfile: boolean;
  manageRoles: boolean;
  deactivate: boolean;
}

/**
 * Email addresses are personal data: a person's own, their line manager's (as a
 * linked account), moderators' and admins' eyes only. Colleagues see the name.
 */
export function canSeeEmail(viewer: Actor | null, subject: PersonSubject): boolean {
  if (!viewer) return false;
  return viewer.id === subject.id || subject.lineManagerId === viewer.id || hasRole(viewer, 'MODERATOR', 'ADMIN');
}

/**
 * A person's account (roles, email, status) is for themself, moderators and admins; to
 * anyone else it does not exist. Colleagues see each other through `Colleague` instead.
 */
export function canViewPerson(viewer: Actor | null, subject: PersonSubject): boolean {
  return !!viewer && (viewer.id === subject.id || hasRole(viewer, 'MODERATOR', 'ADMIN'));
}

/** People edit only their own profile. */
export function canEditProfile(viewer: Actor | null, subject: PersonSubject): boolean {
  return !!viewer && viewer.id === subject.id;
}

/** Only admins grant and remove roles. */
export function canManageRoles(viewer: Actor | null): boolean {
  return hasRole(viewer, 'ADMIN');
}

/** Admins deactivate accounts, but never their own (so an admin always remains). */
export function canDeactivate(viewer: Actor | null, subject: PersonSubject): boolean {
  return hasRole(viewer, 'ADMIN') && viewer?.id !== subject.id;
}

/** All of a viewer's permissions on one person, for `viewerCan`. */
export function personPermissions(viewer: Actor | null, subject: PersonSubject): PersonPermissions {
  return {
    editProfile: canEditProfile(viewer, subject),
    manageRoles: canManageRoles(viewer),
    deactivate: canDeactivate(viewer, subject),
  };
}
