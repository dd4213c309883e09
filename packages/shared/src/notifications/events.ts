/**
 * Live notification events, sent to a person's own room (`user:<id>`) on the discussion
 * socket, so the bell in the header updates without reload on every open tab.
 */

/** A notification was created for the person. */
export interface NotificationCreated {
  /** The new notification. */
  id: string;
  /** How many notifications the person now has unread. */
  unreadCount: number;
}

/** The person read one or all of their notifications (perhaps in another tab). */
export interface NotificationsRead {
  unreadCount: number;
}

/** Events the server sends about notifications. */
export interface NotificationServerEvents {
  'notification.created': (event: NotificationCreated) => void;
  'notification.read': (event: NotificationsRead) => void;
}
