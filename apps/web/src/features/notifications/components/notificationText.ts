import type { NotificationsQuery } from '../../../gql/graphql';

export type NotificationItem = NotificationsQuery['notifications']['edges'][number]['node'];

/** What a moderation decision means to the person it concerns, in plain words. */
const DECISIONS: Record<string, string> = {
  HIDE_POST: 'hid your post',
  AUTO_HIDE_POST: 'hid your post after several reports',
  RESTORE_POST: 'restored your post',
  HOLD_POST: 'is holding your post for review',
  LOCK_THREAD: 'locked your thread',
  UNLOCK_THREAD: 'unlocked your thread',
  PIN_THREAD: 'pinned your thread',
  UNPIN_THREAD: 'unpinned your thread',
  MOVE_THREAD: 'moved your thread',
  SUSPEND_PERSON: 'suspended you from posting',
  LIFT_SUSPENSION: 'lifted your suspension',
};

/**
 * The sentence a notification is shown as, before the thread's title: "Amara Osei replied in".
 * An anonymous actor is "A colleague"; a moderator is never named.
 */
export function notificationLead(item: NotificationItem): string {
  const who = item.actor?.name ?? 'A colleague';
  switch (item.kind) {
    case 'REPLY':
      return `${who} replied in`;
    case 'MENTION':
      return `${who} mentioned you in`;
    case 'REACTION':
      return `${who} reacted “${(item.reaction ?? '').toLowerCase()}” to your post in`;
    case 'NEW_THREAD':
      return `${who} started a new thread:`;
    case 'MODERATION':
      return `A moderator ${DECISIONS[item.moderationAction ?? ''] ?? 'made a decision about your post'} in`;
  }
}
