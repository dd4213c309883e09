import type { Actor } from '../../common/auth/actor';
import { hasRole } from '../../common/auth/actor';
import type {
  AttemptStatusName,
  AudienceName,
  LessonProgressName,
  PublicationStatusName,
  TestRoleName,
} from './learning.constants';

/** Editors and admins write, review and publish learning content and see drafts. */
export function canEditLearning(viewer: Actor | null): boolean {
  return hasRole(viewer, 'EDITOR', 'ADMIN');
}

/**
 * Learners see a module only once it is PUBLISHED; signed-out visitors only PUBLIC ones.
 * Anything else answers exactly like a module that does not exist.
 */
export function canSeeModule(
  viewer: Actor | null,
  module: { status: PublicationStatusName; audience: AudienceName },
): boolean {
  return module.status === 'PUBLISHED' && (module.audience === 'PUBLIC' || !!viewer);
}

/** A lesson is live when it has a published revision and is not archived. */
export function isLessonLive(lesson: { status: PublicationStatusName; publishedRevisionId: string | null }): boolean {
  return lesson.publishedRevisionId !== null && lesson.status !== 'ARCHIVED';
}

/** The facts about a lesson and the viewer's attempts that progress depends on. */
export interface ProgressLesson {
  id: string;
  testRole: TestRoleName;
}
export interface ProgressAttempt {
  lessonId: string;
  status: AttemptStatusName;
  passed: boolean | null;
  updatedAt: Date;
}

/** A lesson is done once an attempt is completed; a post-test only once one has passed. */
export function isLessonDone(lesson: ProgressLesson, attempts: readonly ProgressAttempt[]): boolean {
  return attempts.some(
    (a) =>
      a.lessonId === lesson.id && a.status === 'COMPLETED' && (lesson.testRole !== 'POST_TEST' || a.passed === true),
  );
}

/**
 * The task-list status of each lesson of a module for one person: COMPLETED when done,
 * IN_PROGRESS when started (or a post-test taken and not passed), CANNOT_START_YET for a
 * post-test while any other lesson is not done, NOT_STARTED otherwise.
 */
export function lessonProgress(
  lesson: ProgressLesson,
  lessons: readonly ProgressLesson[],
  attempts: readonly ProgressAttempt[],
): LessonProgressName {
  if (isLessonDone(lesson, attempts)) return 'COMPLETED';
  if (attempts.some((a) => a.lessonId === lesson.id && a.status !== 'ABANDONED')) return 'IN_PROGRESS';
  if (lesson.testRole === 'POST_TEST' && lessons.some((l) => l.id !== lesson.id && !isLessonDone(l, attempts))) {
    return 'CANNOT_START_YET';
  }
  return 'NOT_STARTED';
}

/** A module is complete when it has lessons and every one is done (so the post-test passed). */
export function isModuleComplete(lessons: readonly ProgressLesson[], attempts: readonly ProgressAttempt[]): boolean {
  return lessons.length > 0 && lessons.every((l) => isLessonDone(l, attempts));
}

/**
 * Where "Continue" leads: the most recently active unfinished lesson, else the first one
 * not started that can be started; null when there is nothing left to do.
 */
export function continueLessonId(
  lessons: readonly ProgressLesson[],
  attempts: readonly ProgressAttempt[],
): string | null {
  const statuses = new Map(lessons.map((l) => [l.id, lessonProgress(l, lessons, attempts)]));
  const active = attempts
    .filter((a) => statuses.get(a.lessonId) === 'IN_PROGRESS')
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
  if (active) return active.lessonId;
  return lessons.find((l) => statuses.get(l.id) === 'NOT_STARTED')?.id ?? null;
}
