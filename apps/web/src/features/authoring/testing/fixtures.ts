import type { Viewer } from '../../../app/AuthContext';
import type { AuthoringLessonQuery } from '../../../gql/graphql';
import { learnerFixture } from '../../../test/renderRoute';
import { authoringLessonQuery, lessonModuleQuery, lessonRevisionsQuery } from '../operations';

export const editorFixture: Viewer = {
  ...learnerFixture,
  id: 'person-3',
  name: 'Priya Shah',
  roles: ['LEARNER', 'EDITOR'],
};

type Lesson = NonNullable<AuthoringLessonQuery['authoringLesson']>;

/** An editor's view of a lesson, as the API returns it, with __typename for the cache. */
export function lessonFixture(overrides: Partial<Lesson> = {}): Lesson & { __typename: 'AuthoringLesson' } {
  return {
    __typename: 'AuthoringLesson',
    id: 'lesson-1',
    moduleId: 'module-1',
    kind: 'SCENARIO',
    title: 'At the front desk',
    outcomes: ['Book an interpreter'],
    contentWarning: null,
    testRole: 'NONE',
    status: 'DRAFT',
    position: 1,
    publishAt: null,
    publishedRevisionNumber: null,
    publishBlockers: [],
    draftContent: { characters: [], variables: [], startSceneId: '', scenes: [] },
    updatedAt: '2026-06-16T08:30:00.000Z',
    updatedBy: { __typename: 'Person', id: 'person-3', name: 'Priya Shah' } as Lesson['updatedBy'],
    scenarioProblems: [],
    ...overrides,
  };
}

/** The queries the lesson editor makes when it opens. */
export function lessonPageMocks(lesson: Lesson) {
  return [
    {
      request: { query: authoringLessonQuery, variables: { id: lesson.id } },
      result: { data: { authoringLesson: lesson } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: lessonModuleQuery, variables: { id: lesson.moduleId } },
      result: {
        data: {
          authoringModule: { __typename: 'AuthoringModule', id: lesson.moduleId, title: 'Managing language barriers' },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: lessonRevisionsQuery, variables: { lessonId: lesson.id, first: 20 } },
      result: {
        data: {
          lessonRevisions: {
            __typename: 'LessonRevisionConnection',
            totalCount: 0,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}
