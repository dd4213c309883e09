import type { LessonAttemptFieldsFragment, LessonPageQuery } from '../../../gql/graphql';

/**
 * API answers for the learner pages' tests, with the __typename fields Apollo's cache expects.
 */
export type CatalogueModule = {
  __typename: 'LearningModule';
  id: string;
  slug: string;
  title: string;
  summary: string;
  topic: string;
  audience: 'PUBLIC' | 'STAFF';
  viewerProgress: {
    __typename: 'ModuleProgress';
    status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';
    completedLessons: number;
    totalLessons: number;
  };
};

export function catalogueModule(overrides: Partial<CatalogueModule> & Pick<CatalogueModule, 'id' | 'slug' | 'title'>) {
  return {
    __typename: 'LearningModule' as const,
    summary: `What ${overrides.title} covers.`,
    topic: 'Communication',
    audience: 'PUBLIC' as const,
    viewerProgress: {
      __typename: 'ModuleProgress' as const,
      status: 'NOT_STARTED' as const,
      completedLessons: 0,
      totalLessons: 4,
    },
    ...overrides,
  };
}

export function catalogueResult(modules: CatalogueModule[], topics: string[] = ['Communication', 'Rights']) {
  return {
    data: {
      learningModules: {
        __typename: 'LearningModuleConnection',
        totalCount: modules.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: modules.map((node) => ({ __typename: 'LearningModuleEdge', cursor: `c-${node.id}`, node })),
      },
      learningTopics: topics,
    },
  };
}

type Scene = { id: string; title: string; narrative: string };
type Choice = { id: string; label: string };
type Step = { sceneId: string; sceneTitle: string; choiceId: string; choiceLabel: string; score: number };

/** A scenario attempt at a scene, or at an ending when `ending` is given. */
export function scenarioAttempt({
  id = 'attempt-1',
  scene,
  choices = [],
  path = [],
  score = 0,
  ending = null,
}: {
  id?: string;
  scene: Scene;
  choices?: Choice[];
  path?: Step[];
  score?: number;
  ending?: { rating: 'GOOD' | 'MIXED' | 'POOR'; summary: string } | null;
}): LessonAttemptFieldsFragment & { __typename: 'LessonAttempt' } {
  return {
    __typename: 'LessonAttempt',
    id,
    lessonId: 'lesson-scenario',
    status: ending ? 'COMPLETED' : 'IN_PROGRESS',
    attemptNumber: 1,
    score,
    passed: null,
    completedAt: ending ? '2026-06-16T09:00:00.000Z' : null,
    knowledgeCheckResult: null,
    scenario: {
      __typename: 'ScenarioPlay',
      ended: Boolean(ending),
      score,
      choices: choices.map((choice) => ({ __typename: 'PlayChoice', choiceId: choice.id, label: choice.label })),
      scene: {
        __typename: 'PlayScene',
        sceneId: scene.id,
        title: scene.title,
        narrative: scene.narrative,
        mediaAlt: null,
        media: null,
        speaker: { __typename: 'ScenarioCharacterView', name: 'Mihai Popescu', role: 'Resident', avatar: null },
      },
      ending: ending ? { __typename: 'ScenarioEndingView', ...ending } : null,
      path: path.map((step) => ({ __typename: 'PathStep', ...step })),
    },
  } as LessonAttemptFieldsFragment & { __typename: 'LessonAttempt' };
}

type Lesson = NonNullable<LessonPageQuery['lesson']>;

/** A scenario lesson, second of three in its module. */
export function scenarioLesson(viewerAttempt: Lesson['viewerAttempt'] = null) {
  const viewerStatus = viewerAttempt ? 'IN_PROGRESS' : 'NOT_STARTED';
  return {
    __typename: 'Lesson',
    id: 'lesson-scenario',
    title: 'At the front desk',
    kind: 'SCENARIO',
    outcomes: ['Decide when to book an interpreter'],
    contentWarning: null,
    step: 2,
    stepCount: 3,
    testRole: 'NONE',
    viewerStatus,
    article: null,
    knowledgeCheck: null,
    scenario: {
      __typename: 'ScenarioOverview',
      sceneCount: 9,
      endingCount: 3,
      startScene: { __typename: 'SceneReference', id: 'arrival', title: 'Mihai arrives' },
      characters: [{ __typename: 'ScenarioCharacterView', name: 'Mihai Popescu', role: 'Resident' }],
    },
    module: {
      __typename: 'LearningModule',
      id: 'module-1',
      slug: 'managing-language-barriers',
      title: 'Managing language barriers',
      viewerProgress: { __typename: 'ModuleProgress', status: 'IN_PROGRESS' },
      lessons: [
        { __typename: 'Lesson', id: 'lesson-article', title: 'Why language matters', viewerStatus: 'COMPLETED' },
        { __typename: 'Lesson', id: 'lesson-scenario', title: 'At the front desk', viewerStatus },
        { __typename: 'Lesson', id: 'lesson-check', title: 'Check what you know', viewerStatus: 'NOT_STARTED' },
      ],
    },
    viewerAttempt,
  };
}
