/** Where the moderation pages live, built in one place. */
export const MODERATION_HREF = '/moderation';
export const AUDIT_HREF = '/moderation/audit';
export const WATCHED_WORDS_HREF = '/moderation/words';
export const SUSPENSIONS_HREF = '/moderation/suspensions';
export const SETTINGS_HREF = '/moderation/settings';
export const CATEGORY_MODERATORS_HREF = '/moderation/categories';

export function threadModerationHref(threadId: string): string {
  return `/moderation/threads/${threadId}`;
}

export function suspendHref(personId: string): string {
  return `/moderation/suspend/${personId}`;
}

export function categoryModeratorsHref(categoryId: string): string {
  return `/moderation/categories/${categoryId}`;
}
