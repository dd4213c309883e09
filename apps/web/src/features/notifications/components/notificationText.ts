import type { NotificationsQuery } from '../../../gql/graphql';

export type NotificationItem = NotificationsQuery['notifications']['edges'][number]['node'];

/** What a moderation decision means to the person it concerns, in plain words. */
const DECISIONS: Record<string, string> = {
  'post.hidden': 'hid your post',
  'post.restored': 'restored your post',
  'post.held': 'is holding your post for review',
  'post.released': 'published your post after review',
  'person.suspended': 'suspended you from posting',
  'person.unsuspended': 'lifted your suspension',
  'thread.locked': 'locked your thread',
  'thread.unlocked': 'unlocked your thread',
  'thread.moved': 'moved your thread',
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
