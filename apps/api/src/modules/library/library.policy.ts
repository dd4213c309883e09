import type { Actor } from '../../common/auth/actor';
import { hasRole } from '../../common/auth/actor';
import type { ContentAudienceName, ContentKindName, ContentStatusName } from './library.constants';

/** The facts about a content item that the workflow's rules depend on. */
export interface PolicyItem {
  kind: ContentKindName;
  status: ContentStatusName;
  audience: ContentAudienceName;
  authorId: string | null;
}

/** What the viewer may do with one item, as the client is told (`viewerCan`). */
export interface ContentAbilities {
  edit: boolean;
  submit: boolean;
  returnToDraft: boolean;
  publish: boolean;
  archive: boolean;
  seeHistory: boolean;
}

/**
 * Kinds any signed-in member of staff may write (their drafts go to an editor for review);
 * every other kind is written by editors and admins only.
 */
const STAFF_WRITABLE: ReadonlySet<ContentKindName> = new Set(['BLOG_POST']);

/** Editors and admins run the library: they see everything and publish. */
export const isLibraryEditor = (actor: Actor | null): boolean => hasRole(actor, 'EDITOR', 'ADMIN');

const isAuthor = (actor: Actor | null, item: PolicyItem): boolean => !!actor && item.authorId === actor.id;

/** Whether the person may start a new item of this kind. */
export function canCreate(actor: Actor | null, kind: ContentKindName): boolean {
  return !!actor && (isLibraryEditor(actor) || STAFF_WRITABLE.has(kind));
}

/**
 * Signed-out visitors see published PUBLIC items; signed-in staff published PUBLIC and STAFF
 * items; authors their own items in any status; editors and admins everything. Anything else
 * answers exactly like an item that does not exist.
 */
export function canSee(actor: Actor | null, item: PolicyItem): boolean {
  if (isLibraryEditor(actor) || isAuthor(actor, item)) return true;
  return item.status === 'PUBLISHED' && (item.audience === 'PUBLIC' || !!actor);
}

/**
 * Editors change anything not archived (a published item changes at once); an author changes
 * their own item of a staff-writable kind while it is a draft or in review.
 */
export function canEdit(actor: Actor | null, item: PolicyItem): boolean {
  if (item.status === 'ARCHIVED') return false;
  if (isLibraryEditor(actor)) return true;
  return (
    isAuthor(actor, item) && STAFF_WRITABLE.has(item.kind) && (item.status === 'DRAFT' || item.status === 'IN_REVIEW')
  );
}

/** The workflow's steps for this viewer and item; the service refuses any step marked false. */
export function abilities(actor: Actor | null, item: PolicyItem): ContentAbilities {
  const editor = isLibraryEditor(actor);
  const edit = canEdit(actor, item);
  return {
    edit,
    submit: edit && item.status === 'DRAFT',
    returnToDraft: editor && item.status === 'IN_REVIEW',
    publish: editor && item.status !== 'PUBLISHED',
    archive: editor && item.status !== 'ARCHIVED',
    seeHistory: editor || isAuthor(actor, item),
  };
}
