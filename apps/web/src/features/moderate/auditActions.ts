import type { AuditAction } from '../../gql/graphql';

/** Each audit action in plain English, in the order the filter lists them. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  HIDE_POST: 'Hid a post',
  RESTORE_POST: 'Restored or approved a post',
  AUTO_HIDE_POST: 'Post hidden by reports',
  HOLD_POST: 'Post held for review',
  LOCK_THREAD: 'Locked a discussion',
  UNLOCK_THREAD: 'Unlocked a discussion',
  PIN_THREAD: 'Pinned a discussion',
  UNPIN_THREAD: 'Unpinned a discussion',
  MOVE_THREAD: 'Moved a discussion',
  SUSPEND_PERSON: 'Suspended someone',
  LIFT_SUSPENSION: 'Lifted a suspension',
  REVEAL_AUTHOR: 'Saw who wrote an anonymous post',
  ADD_WATCHED_WORD: 'Added a watched word',
  REMOVE_WATCHED_WORD: 'Removed a watched word',
  ASSIGN_CATEGORY_MODERATOR: 'Gave a moderator a category',
  UNASSIGN_CATEGORY_MODERATOR: 'Took a category from a moderator',
  CHANGE_SETTINGS: 'Changed the settings',
  EXPORT_PERSONAL_DATA: 'Downloaded personal data',
};

export const isAuditAction = (value: string | null): value is AuditAction =>
  value !== null && Object.hasOwn(AUDIT_ACTION_LABELS, value);
