/** Addresses of the course programme's pages. */
export const COURSES_PATH = '/courses';
export const PROGRAMME_FEED_URL = '/api/feeds/courses.ics';
export const sessionHref = (id: string): string => `/courses/sessions/${id}`;
export const manageSessionHref = (id: string): string => `/courses/sessions/${id}/manage`;
