import type { Audience, LessonProgress } from '../../gql/graphql';
import type { TagColour } from '../../ui';

/** Words for the catalogue's audience tag and filter. */
export const AUDIENCE_LABELS: Record<Audience, string> = {
  PUBLIC: 'Open to everyone',
  STAFF: 'Staff only',
};

export const AUDIENCE_COLOURS: Record<Audience, TagColour> = {
  PUBLIC: 'turquoise',
  STAFF: 'purple',
};

/** A module's progress in words, as its tag shows it. */
export const MODULE_PROGRESS_LABELS: Record<LessonProgress, string> = {
  NOT_STARTED: 'Not yet started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  CANNOT_START_YET: 'Cannot start yet',
};

export const MODULE_PROGRESS_COLOURS: Record<LessonProgress, TagColour> = {
  NOT_STARTED: 'blue',
  IN_PROGRESS: 'light-blue',
  COMPLETED: 'green',
  CANNOT_START_YET: 'grey',
};

/** "1 lesson", "4 lessons". */
export function lessonCount(count: number): string {
  return `${count} ${count === 1 ? 'lesson' : 'lessons'}`;
}
