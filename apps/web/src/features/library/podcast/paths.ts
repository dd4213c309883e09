/** Where each podcast page lives. */
export const PODCASTS_PATH = '/library/podcasts';
export const NEW_SHOW_PATH = `${PODCASTS_PATH}/new`;
export const showHref = (slug: string): string => `${PODCASTS_PATH}/${encodeURIComponent(slug)}`;
export const editShowHref = (slug: string): string => `${showHref(slug)}/edit`;
export const privateFeedHref = (slug: string): string => `${showHref(slug)}/private-feed`;
export const newEpisodeHref = (showSlug: string): string => `${showHref(showSlug)}/episodes/new`;
export const episodeHref = (slug: string): string => `${PODCASTS_PATH}/episodes/${encodeURIComponent(slug)}`;
export const editEpisodeHref = (id: string): string => `${PODCASTS_PATH}/episodes/${encodeURIComponent(id)}/edit`;
