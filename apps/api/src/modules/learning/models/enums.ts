import { registerEnumType } from '@nestjs/graphql';
import {
  ENDING_RATINGS,
  type EndingRating,
  LESSON_KINDS,
  type LessonKindName,
  QUESTION_KINDS,
  type QuestionKind as QuestionKindName,
  SCENARIO_PROBLEM_CODES,
  type ScenarioProblemCode as ScenarioProblemCodeName,
} from '@common-ground/shared';
import {
  ATTEMPT_STATUSES,
  type AttemptStatusName,
  AUDIENCES,
  type AudienceName,
  LESSON_PROGRESS,
  type LessonProgressName,
  PROGRESS_FILTERS,
  type ProgressFilterName,
  PUBLICATION_STATUSES,
  type PublicationStatusName,
  TEST_ROLES,
  type TestRoleName,
} from '../learning.constants';

const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const LessonKind = enumOf<LessonKindName>(LESSON_KINDS);
registerEnumType(LessonKind, {
  name: 'LessonKind',
  description: 'What a lesson is, which decides the shape of its content.',
  valuesMap: {
    ARTICLE: { description: 'Rich text. Content: `{ html }`, sanitised by the server.' },
    SCENARIO: {
      description:
        'A branching scenario. Content: ScenarioContent `{ characters, variables, startSceneId, scenes }` (packages/shared/src/scenario/types.ts).',
    },
    KNOWLEDGE_CHECK: {
      description:
        'Questions with explanations and a pass mark. Content: `{ passMark, questions: [{ id, prompt, kind, explanation, options: [{ id, label, correct }] }] }`.',
    },
  },
});

export const Audience = enumOf<AudienceName>(AUDIENCES);
registerEnumType(Audience, {
  name: 'Audience',
  description: 'Who may see a published module.',
  valuesMap: {
    PUBLIC: { description: 'Anyone, signed in or not (the public, carers, volunteers).' },
    STAFF: { description: 'Signed-in staff of the partnership only.' },
  },
});

export const PublicationStatus = enumOf<PublicationStatusName>(PUBLICATION_STATUSES);
registerEnumType(PublicationStatus, {
  name: 'PublicationStatus',
  description: 'Where a module or lesson stands editorially.',
  valuesMap: {
    DRAFT: { description: 'Being written; only editors see it.' },
    IN_REVIEW: { description: 'Submitted for another editor to check before publishing.' },
    PUBLISHED: { description: 'Live for learners.' },
    ARCHIVED: { description: 'Withdrawn: learners no longer see it; progress and certificates are kept.' },
  },
});

export const TestRole = enumOf<TestRoleName>(TEST_ROLES);
registerEnumType(TestRole, {
  name: 'TestRole',
  description: 'The part a knowledge check plays in its module.',
  valuesMap: {
    NONE: { description: 'An ordinary lesson.' },
    PRE_TEST: { description: 'Taken before the module, to measure what people knew (Kirkpatrick level 2).' },
    POST_TEST: {
      description: 'Taken last: it cannot start until every other lesson is completed, and must be passed.',
    },
  },
});

export const AttemptStatus = enumOf<AttemptStatusName>(ATTEMPT_STATUSES);
registerEnumType(AttemptStatus, {
  name: 'AttemptStatus',
  description: 'Where one go at a lesson stands.',
  valuesMap: {
    IN_PROGRESS: { description: 'Being played; progress is saved after every step.' },
    COMPLETED: { description: 'Finished.' },
    ABANDONED: { description: 'Given up when the learner restarted the lesson.' },
  },
});

export const LessonProgress = enumOf<LessonProgressName>(LESSON_PROGRESS);
registerEnumType(LessonProgress, {
  name: 'LessonProgress',
  description: 'The viewer’s progress, as the task list’s status tag shows it.',
  valuesMap: {
    NOT_STARTED: { description: 'Not yet started.' },
    IN_PROGRESS: { description: 'Started and not finished (or a post-test not yet passed).' },
    COMPLETED: { description: 'Completed.' },
    CANNOT_START_YET: { description: 'A post-test whose module still has lessons to complete.' },
  },
});

export const ProgressFilter = enumOf<ProgressFilterName>(PROGRESS_FILTERS);
registerEnumType(ProgressFilter, {
  name: 'ProgressFilter',
  description: 'Filters the catalogue on the viewer’s own progress.',
  valuesMap: {
    IN_PROGRESS: { description: 'Modules the viewer has started and not completed.' },
    COMPLETED: { description: 'Modules the viewer has completed.' },
  },
});

export const EndingRatingEnum = enumOf<EndingRating>(ENDING_RATINGS);
registerEnumType(EndingRatingEnum, {
  name: 'EndingRating',
  description: 'How good the outcome of a scenario ending is.',
  valuesMap: {
    GOOD: { description: 'A good outcome.' },
    MIXED: { description: 'A mixed outcome.' },
    POOR: { description: 'A poor outcome.' },
  },
});

export const QuestionKind = enumOf<QuestionKindName>(QUESTION_KINDS);
registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: 'How many options of a question are right.',
  valuesMap: {
    SINGLE: { description: 'Exactly one option is right (radios).' },
    MULTIPLE: { description: 'One or more options are right; all of them must be chosen (checkboxes).' },
  },
});

export const ScenarioProblemCode = enumOf<ScenarioProblemCodeName>(SCENARIO_PROBLEM_CODES);
registerEnumType(ScenarioProblemCode, {
  name: 'ScenarioProblemCode',
  description: 'A kind of problem that blocks publishing a scenario.',
  valuesMap: {
    NO_START: { description: 'The start scene is missing.' },
    NO_ENDING: { description: 'No scene is an ending.' },
    UNREACHABLE_SCENE: { description: 'No path from the start reaches this scene.' },
    DEAD_END: { description: 'A scene with no way forward that is not an ending.' },
    CHOICE_WITHOUT_TARGET: { description: 'A choice that leads to no scene.' },
    TOO_FEW_CHOICES: { description: 'A scene offers fewer than 2 choices.' },
    TOO_MANY_CHOICES: { description: 'A scene offers more than 4 choices.' },
    ENDING_WITH_CHOICES: { description: 'An ending also offers choices.' },
    DUPLICATE_ID: { description: 'Two scenes, choices, characters or variables share an id.' },
    UNKNOWN_VARIABLE: { description: 'An effect or condition names a variable that does not exist.' },
    TYPE_MISMATCH: { description: 'An effect or condition does not fit its variable’s kind.' },
    UNKNOWN_SPEAKER: { description: 'A scene’s speaker is not one of the characters.' },
    EMPTY_LABEL: { description: 'A title, label, narrative or summary is blank.' },
    IMAGE_WITHOUT_DESCRIPTION: { description: 'A scene’s picture has no description for people who cannot see it.' },
  },
});

export const CertificateKind = enumOf<'MODULE' | 'COURSE'>(['MODULE', 'COURSE']);
registerEnumType(CertificateKind, {
  name: 'CertificateKind',
  description: 'What a certificate is for.',
  valuesMap: {
    MODULE: { description: 'A module completed.' },
    COURSE: { description: 'A course session attended in full, with its evaluation completed.' },
  },
});
