/**
 * The content of the lessons that are not scenarios, as stored in a lesson revision.
 * Plain JSON so a revision round-trips through the database and GraphQL unchanged.
 */

/** The three kinds of lesson a module holds. */
export const LESSON_KINDS = ['ARTICLE', 'SCENARIO', 'KNOWLEDGE_CHECK'] as const;
export type LessonKindName = (typeof LESSON_KINDS)[number];

/** An article: rich text as HTML that the server has sanitised against one allow-list. */
export interface ArticleContent {
  html: string;
}

/** SINGLE: exactly one option is right; MULTIPLE: every right option and no wrong one must be chosen. */
export const QUESTION_KINDS = ['SINGLE', 'MULTIPLE'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuestionOption {
  id: string;
  label: string;
  correct: boolean;
}

/** One question with the explanation shown after answering. */
export interface Question {
  id: string;
  prompt: string;
  kind: QuestionKind;
  options: QuestionOption[];
  explanation: string;
}

/**
 * A knowledge check: questions and a pass mark (percentage of questions right). The same
 * check may serve as a module's pre-test and post-test (Kirkpatrick level 2).
 */
export interface KnowledgeCheckContent {
  passMark: number;
  questions: Question[];
}

/** A learner's answer to one question: the options they picked. */
export interface QuestionAnswer {
  questionId: string;
  optionIds: string[];
}

/** True when the picked options are exactly the right ones. */
export function isAnswerCorrect(question: Question, optionIds: readonly string[]): boolean {
  const picked = new Set(optionIds);
  if (question.kind === 'SINGLE' && picked.size !== 1) return false;
  return (
    question.options.every((o) => o.correct === picked.has(o.id)) &&
    [...picked].every((id) => question.options.some((o) => o.id === id))
  );
}

/** Scores a set of answers: how many right, the percentage, and whether it passes. */
export function scoreKnowledgeCheck(
  content: KnowledgeCheckContent,
  answers: readonly QuestionAnswer[],
): { correct: number; total: number; percent: number; passed: boolean } {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a.optionIds]));
  const correct = content.questions.filter((q) => isAnswerCorrect(q, byQuestion.get(q.id) ?? [])).length;
  const total = content.questions.length;
  const percent = total === 0 ? 0 : Math.round((correct / total) * 100);
  return { correct, total, percent, passed: percent >= content.passMark };
}
