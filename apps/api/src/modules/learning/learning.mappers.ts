import {
  endingOf,
  isAnswerCorrect,
  type KnowledgeCheckContent,
  type QuestionAnswer,
  type ScenarioContent,
  type ScenarioState,
  scoreKnowledgeCheck,
  visibleChoices,
} from '@common-ground/shared';
import type { LessonAttemptEntity } from './entities/lesson-attempt.entity';
import type { LessonRevisionEntity } from './entities/lesson-revision.entity';
import type { LessonEntity } from './entities/lesson.entity';
import type {
  ArticleBody,
  KnowledgeCheckQuestions,
  KnowledgeCheckResult,
  Lesson,
  LessonAttempt,
  ScenarioCharacterView,
  ScenarioOverview,
  ScenarioPlay,
} from './models/lesson.model';

/** The state kept for a knowledge-check attempt. */
export interface CheckState {
  answers: QuestionAnswer[] | null;
}

const characterView = (content: ScenarioContent, id: string | null | undefined): ScenarioCharacterView | null => {
  const c = id ? content.characters.find((x) => x.id === id) : undefined;
  return c ? { id: c.id, name: c.name, role: c.role, avatarMediaId: c.avatarMediaId ?? null } : null;
};

/** The learner's view of a scenario play: current scene, visible choices, ending and path. */
export function toScenarioPlay(content: ScenarioContent, state: ScenarioState): ScenarioPlay {
  const scenes = new Map(content.scenes.map((s) => [s.id, s]));
  const scene = scenes.get(state.sceneId);
  if (!scene) throw new Error(`Scene ${state.sceneId} is not in the revision`);
  const ending = endingOf(content, state);
  return {
    scene: {
      id: scene.id,
      title: scene.title,
      narrative: scene.narrative,
      speaker: characterView(content, scene.speakerId),
      mediaAlt: scene.mediaAlt ?? null,
      mediaId: scene.mediaId ?? null,
    },
    choices: visibleChoices(content, state).map((c) => ({ id: c.id, label: c.label })),
    score: state.score,
    ended: state.ended,
    ending: ending ? { summary: ending.ending.summary, rating: ending.ending.rating } : null,
    path: state.path.map((step) => {
      const from = scenes.get(step.sceneId);
      const choice = from?.choices.find((c) => c.id === step.choiceId);
      return {
        sceneId: step.sceneId,
        sceneTitle: from?.title ?? step.sceneId,
        choiceId: step.choiceId,
        choiceLabel: choice?.label ?? step.choiceId,
        feedback: choice?.feedback ?? '',
        score: step.score,
      };
    }),
  };
}

/** The result of submitted answers, question by question, with the explanations. */
export function toCheckResult(content: KnowledgeCheckContent, answers: QuestionAnswer[]): KnowledgeCheckResult {
  const score = scoreKnowledgeCheck(content, answers);
  const byQuestion = new Map(answers.map((a) => [a.questionId, a.optionIds]));
  return {
    correctCount: score.correct,
    questionCount: score.total,
    percent: score.percent,
    passMark: content.passMark,
    passed: score.passed,
    questions: content.questions.map((q) => {
      const chosen = byQuestion.get(q.id) ?? [];
      return {
        questionId: q.id,
        correct: isAnswerCorrect(q, chosen),
        chosenOptionIds: chosen,
        correctOptionIds: q.options.filter((o) => o.correct).map((o) => o.id),
        explanation: q.explanation,
      };
    }),
  };
}

/** Maps an attempt and the revision it is played on to the learner's view of it. */
export function toLessonAttempt(
  attempt: LessonAttemptEntity,
  lesson: Pick<LessonEntity, 'kind'>,
  revision: LessonRevisionEntity,
): LessonAttempt {
  let scenario: ScenarioPlay | null = null;
  let knowledgeCheckResult: KnowledgeCheckResult | null = null;
  if (lesson.kind === 'SCENARIO') {
    scenario = toScenarioPlay(revision.content as ScenarioContent, attempt.state as ScenarioState);
  } else if (lesson.kind === 'KNOWLEDGE_CHECK') {
    const answers = (attempt.state as CheckState).answers;
    if (answers) knowledgeCheckResult = toCheckResult(revision.content as KnowledgeCheckContent, answers);
  }
  return {
    id: attempt.id,
    lessonId: attempt.lessonId,
    revisionNumber: revision.number,
    attemptNumber: attempt.attemptNumber,
    status: attempt.status,
    score: attempt.score,
    passed: attempt.passed,
    startedAt: attempt.startedAt,
    updatedAt: attempt.updatedAt,
    completedAt: attempt.completedAt,
    scenario,
    knowledgeCheckResult,
  };
}

/** Maps a live lesson and its published revision to the learner's model. */
export function toLesson(
  lesson: LessonEntity,
  revision: LessonRevisionEntity,
  step: number,
  stepCount: number,
): Lesson {
  return {
    id: lesson.id,
    moduleId: lesson.moduleId,
    position: lesson.position,
    step,
    stepCount,
    kind: lesson.kind,
    title: revision.title,
    outcomes: lesson.outcomes,
    contentWarning: lesson.contentWarning,
    testRole: lesson.testRole,
    revisionNumber: revision.number,
    publishedAt: revision.createdAt,
    revisionId: revision.id,
  };
}

/** An article's body from a revision. */
export const articleOf = (revision: LessonRevisionEntity): ArticleBody => ({
  html: (revision.content as { html: string }).html,
});

/** A knowledge check's questions without the answers. */
export function checkQuestionsOf(revision: LessonRevisionEntity): KnowledgeCheckQuestions {
  const content = revision.content as KnowledgeCheckContent;
  return {
    passMark: content.passMark,
    questions: content.questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      kind: q.kind,
      options: q.options.map((o) => ({ id: o.id, label: o.label })),
    })),
  };
}

/**
 * A scenario's characters, size and opening scene, without the rest of its scenes (so no
 * skipping ahead to an ending).
 */
export function scenarioOverviewOf(revision: LessonRevisionEntity): ScenarioOverview {
  const content = revision.content as ScenarioContent;
  const start = content.scenes.find((scene) => scene.id === content.startSceneId);
  return {
    characters: content.characters.map((c) => ({
      id: c.id,
      name: c.name,
      role: c.role,
      avatarMediaId: c.avatarMediaId ?? null,
    })),
    sceneCount: content.scenes.length,
    endingCount: content.scenes.filter((s) => s.ending && s.choices.length === 0).length,
    startScene: { id: content.startSceneId, title: start?.title ?? '' },
  };
}
