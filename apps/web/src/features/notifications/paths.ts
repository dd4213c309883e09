import { lessonHref } from '../learn/paths';

export const NOTIFICATIONS_HREF = '/notifications';
export const EMAIL_SETTINGS_HREF = '/profile/emails';

/** The id of the lesson page's discussion heading, which a link to a post beside a lesson scrolls to. */
export const LESSON_DISCUSSION_ID = 'discussion-heading';

/**
 * Where a notification leads: its post, on the thread page or, for a lesson's discussion, on
 * the lesson page beside the lesson (either opens its list there).
 */
export function notificationPostHref(
  threadId: string,
  postSeq: number | null | undefined,
  lesson?: { id: string; moduleSlug: string } | null,
): string {
  const seq = postSeq ? `?seq=${postSeq}` : '';
  if (lesson) return `${lessonHref(lesson.moduleSlug, lesson.id)}${seq}#${LESSON_DISCUSSION_ID}`;
  return `/discuss/threads/${threadId}${seq}`;
}
