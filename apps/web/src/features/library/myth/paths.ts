/** Where each myth-buster page lives. */
export const MYTHS_PATH = '/library/myths';
export const mythHref = (slug: string): string => `${MYTHS_PATH}/${encodeURIComponent(slug)}`;
export const editMythHref = (id: string): string => `${MYTHS_PATH}/${encodeURIComponent(id)}/edit`;
export const archiveMythHref = (id: string): string => `${MYTHS_PATH}/${encodeURIComponent(id)}/archive`;
export const NEW_MYTH_PATH = `${MYTHS_PATH}/new`;
export const MYTH_QUEUE_PATH = `${MYTHS_PATH}/queue`;
/** The rumour form for a post, coming back to `from` (a path on this site) afterwards. */
export const reportRumourHref = (postId: string, from: string): string =>
  `${MYTHS_PATH}/report?post=${encodeURIComponent(postId)}&from=${encodeURIComponent(from)}`;
