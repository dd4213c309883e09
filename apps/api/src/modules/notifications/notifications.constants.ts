/** How closely a person follows a thread or category. */
export const FOLLOW_LEVELS = ['WATCH', 'NORMAL', 'MUTE'] as const;
export type FollowLevelName = (typeof FOLLOW_LEVELS)[number];

/** What a notification is about. */
export const NOTIFICATION_KINDS = ['REPLY', 'MENTION', 'REACTION', 'MODERATION', 'NEW_THREAD'] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LIMITS = {
  /** Notifications listed in one digest email; the rest are counted. */
  digestItemsMax: 20,
  /** People handled per batch of a digest run. */
  digestBatch: 200,
} as const;

/** The pg-boss queue of the daily digest, and when it runs (Europe/London). */
export const DIGEST_QUEUE = 'notifications.digest';
export const DIGEST_CRON = '0 7 * * *';
