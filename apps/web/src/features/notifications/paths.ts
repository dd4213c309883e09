export const NOTIFICATIONS_HREF = '/notifications';
export const EMAIL_SETTINGS_HREF = '/profile/emails';

/** Where a notification leads: its post in the thread (the thread page opens there). */
export function notificationPostHref(threadId: string, postSeq: number | null | undefined): string {
  return postSeq ? `/discuss/threads/${threadId}?seq=${postSeq}` : `/discuss/threads/${threadId}`;
}
