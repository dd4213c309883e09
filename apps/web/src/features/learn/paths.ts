import type { LessonProgress } from '../../gql/graphql';
import type { LessonStatus } from './components/LessonTaskList';

/** Addresses of the learner's pages, in one place. */
export const moduleHref = (slug: string): string => `/learn/${slug}`;
export const lessonHref = (slug: string, lessonId: string): string => `/learn/${slug}/lessons/${lessonId}`;
export const certificateHref = (code: string): string => `/certificates/${code}`;
export const verifyHref = (code: string): string => `/certificates/verify/${encodeURIComponent(code)}`;

/** The API's progress as the task list's status. */
export function taskStatus(progress: LessonProgress): LessonStatus {
  return progress === 'CANNOT_START_YET' ? 'CANNOT_START' : progress;
}
