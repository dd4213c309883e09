/** Where the discussion pages live, built in one place. */
export const DISCUSS_HREF = '/discuss';

export function categoryHref(categoryId: string): string {
  return `/discuss/categories/${categoryId}`;
}

export function newThreadHref(categoryId: string): string {
  return `/discuss/categories/${categoryId}/new`;
}

export function threadHref(threadId: string): string {
  return `/discuss/threads/${threadId}`;
}
