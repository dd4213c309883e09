import type { Actor } from '../../common/auth/actor';
import {
  canEditLearning,
  canSeeModule,
  continueLessonId,
  isModuleComplete,
  lessonProgress,
  type ProgressAttempt,
} from './learning.policy';

const learner: Actor = { id: 'p', organisationId: 'o', roles: ['LEARNER'] };
const editor: Actor = { ...learner, roles: ['LEARNER', 'EDITOR'] };
const lessons = [
  { id: 'a', testRole: 'NONE' as const },
  { id: 'b', testRole: 'NONE' as const },
  { id: 't', testRole: 'POST_TEST' as const },
];
const at = (lessonId: string, status: ProgressAttempt['status'], passed: boolean | null = null, t = 0) => ({
  lessonId,
  status,
  passed,
  updatedAt: new Date(t),
});

describe('learning policy', () => {
  it('shows published modules: public ones to everyone, staff ones when signed in', () => {
    expect(canSeeModule(null, { status: 'PUBLISHED', audience: 'PUBLIC' })).toBe(true);
    expect(canSeeModule(null, { status: 'PUBLISHED', audience: 'STAFF' })).toBe(false);
    expect(canSeeModule(learner, { status: 'PUBLISHED', audience: 'STAFF' })).toBe(true);
    expect(canSeeModule(editor, { status: 'DRAFT', audience: 'PUBLIC' })).toBe(false);
    expect(canEditLearning(editor)).toBe(true);
    expect(canEditLearning(learner)).toBe(false);
  });

  it('keeps the post-test closed until every other lesson is done', () => {
    expect(lessonProgress(lessons[2], lessons, [at('a', 'COMPLETED')])).toBe('CANNOT_START_YET');
    const done = [at('a', 'COMPLETED'), at('b', 'COMPLETED')];
    expect(lessonProgress(lessons[2], lessons, done)).toBe('NOT_STARTED');
    expect(lessonProgress(lessons[1], lessons, [at('b', 'IN_PROGRESS')])).toBe('IN_PROGRESS');
  });

  it('needs a passed post-test to complete the module', () => {
    const failed = [at('a', 'COMPLETED'), at('b', 'COMPLETED'), at('t', 'COMPLETED', false)];
    expect(lessonProgress(lessons[2], lessons, failed)).toBe('IN_PROGRESS');
    expect(isModuleComplete(lessons, failed)).toBe(false);
    expect(isModuleComplete(lessons, [...failed, at('t', 'COMPLETED', true)])).toBe(true);
    expect(isModuleComplete([], [])).toBe(false);
  });

  it('continues with the most recently active lesson, else the first not started', () => {
    expect(continueLessonId(lessons, [])).toBe('a');
    expect(continueLessonId(lessons, [at('a', 'IN_PROGRESS', null, 1), at('b', 'IN_PROGRESS', null, 2)])).toBe('b');
    expect(continueLessonId(lessons, [at('a', 'COMPLETED')])).toBe('b');
    expect(continueLessonId(lessons.slice(0, 1), [at('a', 'COMPLETED')])).toBeNull();
  });
});
