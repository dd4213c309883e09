import {
  isAnswerCorrect,
  scoreKnowledgeCheck,
  type KnowledgeCheckContent,
  type QuestionAnswer,
  type QuestionKind,
} from '@common-ground/shared';

/** A question as a learner sees it before answering: no option says whether it is right. */
export interface LearnerQuestion {
  id: string;
  prompt: string;
  kind: QuestionKind;
  options: { id: string; label: string }[];
}

/** How one question went, sent back after submitting. */
export interface QuestionResult {
  questionId: string;
  correct: boolean;
  correctOptionIds: string[];
  explanation: string;
}

/** What submitting a knowledge check returns (from the API, or from `localKnowledgeCheckResult` in a preview). */
export interface KnowledgeCheckResult {
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
  passMark: number;
  questions: QuestionResult[];
}

/** The questions without their answers, for the learner's form. */
export function learnerQuestions(content: KnowledgeCheckContent): LearnerQuestion[] {
  return content.questions.map((question) => ({
    id: question.id,
    prompt: question.prompt,
    kind: question.kind,
    options: question.options.map((option) => ({ id: option.id, label: option.label })),
  }));
}

/**
 * Marks answers in the browser with the shared scoring, for the editor's preview only: a learner's
 * real attempt is marked by the API, which never sends the answers before submission.
 */
export function localKnowledgeCheckResult(
  content: KnowledgeCheckContent,
  answers: readonly QuestionAnswer[],
): KnowledgeCheckResult {
  const score = scoreKnowledgeCheck(content, answers);
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer.optionIds]));
  return {
    ...score,
    passMark: content.passMark,
    questions: content.questions.map((question) => ({
      questionId: question.id,
      correct: isAnswerCorrect(question, byQuestion.get(question.id) ?? []),
      correctOptionIds: question.options.filter((option) => option.correct).map((option) => option.id),
      explanation: question.explanation,
    })),
  };
}
