/** Addresses of the pages where partnership leads run the programme. */
export const MANAGE_COURSES_PATH = '/courses/manage';
export const NEW_COURSE_PATH = '/courses/manage/new';
export const FINANCE_PATH = '/courses/finance';
export const editCourseHref = (courseId: string): string => `/courses/manage/${courseId}`;
export const newSessionHref = (courseId: string): string => `/courses/manage/${courseId}/sessions/new`;
export const editSessionHref = (sessionId: string): string => `/courses/sessions/${sessionId}/edit`;
export const chargesCsvHref = (from: string, to: string): string =>
  `/api/exports/course-charges.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
