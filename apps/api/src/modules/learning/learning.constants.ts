/** Who may see a published module: anyone (PUBLIC) or signed-in staff (STAFF). */
export const AUDIENCES = ['PUBLIC', 'STAFF'] as const;
export type AudienceName = (typeof AUDIENCES)[number];

/** The editorial life of a module or lesson. */
export const PUBLICATION_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;
export type PublicationStatusName = (typeof PUBLICATION_STATUSES)[number];

/** A knowledge check's part in its module: an ordinary check, the pre-test or the post-test. */
export const TEST_ROLES = ['NONE', 'PRE_TEST', 'POST_TEST'] as const;
export type TestRoleName = (typeof TEST_ROLES)[number];

/** An attempt is played (IN_PROGRESS), finished (COMPLETED) or given up for a restart (ABANDONED). */
export const ATTEMPT_STATUSES = ['IN_PROGRESS', 'COMPLETED', 'ABANDONED'] as const;
export type AttemptStatusName = (typeof ATTEMPT_STATUSES)[number];

/** A lesson's status for the viewer, as the module page's task list shows it. */
export const LESSON_PROGRESS = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'CANNOT_START_YET'] as const;
export type LessonProgressName = (typeof LESSON_PROGRESS)[number];

/** Catalogue filter on the viewer's own progress. */
export const PROGRESS_FILTERS = ['IN_PROGRESS', 'COMPLETED'] as const;
export type ProgressFilterName = (typeof PROGRESS_FILTERS)[number];

/** Colleague statistics are shown only once this many different people have answered. */
export const COLLEAGUE_STATS_MIN_PEOPLE = 5;

/** Scheduled lessons are published by the product's one scheduled-publishing queue. */
export { PUBLISH_QUEUE } from '../jobs/scheduled-publishing.service';
