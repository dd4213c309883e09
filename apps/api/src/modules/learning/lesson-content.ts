import {
  type ArticleContent,
  type KnowledgeCheckContent,
  type LessonKindName,
  parseScenarioContent,
  QUESTION_KINDS,
  type Question,
  SCENARIO_ID_PATTERN,
  type ScenarioContent,
  ScenarioError,
  type ScenarioMediaFacts,
  type ScenarioProblem,
  validateScenario,
} from '@common-ground/shared';
import { badInput } from '../../common/errors/domain-error';
import { isBlankRichText, sanitiseRichText } from '../../common/rich-text/rich-text.sanitiser';

/** Size limits of non-scenario lesson content. */
export const CONTENT_LIMITS = {
  articleMaxLength: 200_000,
  questionsMin: 1,
  questionsMax: 50,
  optionsMin: 2,
  optionsMax: 6,
  promptMaxLength: 1000,
  optionMaxLength: 500,
  explanationMaxLength: 2000,
} as const;

/** Any of the three content shapes, according to the lesson kind. */
export type LessonContent = ArticleContent | ScenarioContent | KnowledgeCheckContent;

/** The content a new lesson starts with: empty, but of the right shape. */
export function emptyContent(kind: LessonKindName): LessonContent {
  switch (kind) {
    case 'ARTICLE':
      return { html: '' };
    case 'SCENARIO':
      return { characters: [], variables: [], startSceneId: '', scenes: [] };
    case 'KNOWLEDGE_CHECK':
      return { passMark: 80, questions: [] };
  }
}

const record = (value: unknown, path: string): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badInput('content', `${path} must be an object.`);
  }
  return value as Record<string, unknown>;
};

const text = (value: unknown, path: string, max: number): string => {
  if (typeof value !== 'string') throw badInput('content', `${path} must be text.`);
  const trimmed = value.trim();
  if (!trimmed) throw badInput('content', `Enter ${path}.`);
  if (trimmed.length > max) throw badInput('content', `${path} must be ${max} characters or fewer.`);
  return trimmed;
};

const id = (value: unknown, path: string): string => {
  if (typeof value !== 'string' || !SCENARIO_ID_PATTERN.test(value)) {
    throw badInput('content', `${path} must be 1 to 64 letters, digits, hyphens or underscores.`);
  }
  return value;
};

/** An article: `{ html }`, sanitised against the one rich-text allow-list. */
function parseArticle(input: unknown): ArticleContent {
  const raw = record(input, 'content');
  if (typeof raw.html !== 'string') throw badInput('content', 'content.html must be text.');
  if (raw.html.length > CONTENT_LIMITS.articleMaxLength) {
    throw badInput('content', `The article must be ${CONTENT_LIMITS.articleMaxLength} characters or fewer.`);
  }
  return { html: sanitiseRichText(raw.html) };
}

function parseQuestion(input: unknown, index: number): Question {
  const path = `Question ${index + 1}`;
  const raw = record(input, path);
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(QUESTION_KINDS as readonly string[]).includes(kind)) {
    throw badInput('content', `${path}: choose whether one answer or several answers are right.`);
  }
  if (!Array.isArray(raw.options)) throw badInput('content', `${path} must have a list of options.`);
  if (raw.options.length < CONTENT_LIMITS.optionsMin || raw.options.length > CONTENT_LIMITS.optionsMax) {
    throw badInput(
      'content',
      `${path} must have between ${CONTENT_LIMITS.optionsMin} and ${CONTENT_LIMITS.optionsMax} options.`,
    );
  }
  const options = raw.options.map((o: unknown, i: number) => {
    const option = record(o, `${path}, option ${i + 1}`);
    if (typeof option.correct !== 'boolean') {
      throw badInput('content', `${path}, option ${i + 1}: say whether it is correct.`);
    }
    return {
      id: id(option.id, `${path}, option ${i + 1} id`),
      label: text(option.label, `the text of ${path}, option ${i + 1}`, CONTENT_LIMITS.optionMaxLength),
      correct: option.correct,
    };
  });
  if (new Set(options.map((o) => o.id)).size !== options.length) {
    throw badInput('content', `${path}: each option needs a different id.`);
  }
  const correct = options.filter((o) => o.correct).length;
  if (kind === 'SINGLE' && correct !== 1) {
    throw badInput('content', `${path}: mark exactly one option as correct (or make it a multiple-answer question).`);
  }
  if (kind === 'MULTIPLE' && correct < 1) throw badInput('content', `${path}: mark at least one option as correct.`);
  return {
    id: id(raw.id, `${path} id`),
    prompt: text(raw.prompt, `the question text of ${path}`, CONTENT_LIMITS.promptMaxLength),
    kind: kind as Question['kind'],
    options,
    explanation: text(raw.explanation, `an explanation for ${path}`, CONTENT_LIMITS.explanationMaxLength),
  };
}

/**
 * A knowledge check: a pass mark of 1–100 (%), 1–50 questions, each with 2–6 options, a
 * prompt and an explanation; a SINGLE question has exactly one right option, a MULTIPLE
 * one at least one. Throws BAD_USER_INPUT naming the first problem.
 */
export function parseKnowledgeCheck(input: unknown): KnowledgeCheckContent {
  const raw = record(input, 'content');
  const passMark = raw.passMark;
  if (typeof passMark !== 'number' || !Number.isInteger(passMark) || passMark < 1 || passMark > 100) {
    throw badInput('content', 'The pass mark must be a whole number from 1 to 100 (per cent).');
  }
  if (!Array.isArray(raw.questions)) throw badInput('content', 'content.questions must be a list.');
  if (raw.questions.length < CONTENT_LIMITS.questionsMin || raw.questions.length > CONTENT_LIMITS.questionsMax) {
    throw badInput(
      'content',
      `A knowledge check must have between ${CONTENT_LIMITS.questionsMin} and ${CONTENT_LIMITS.questionsMax} questions.`,
    );
  }
  const questions = raw.questions.map(parseQuestion);
  if (new Set(questions.map((q) => q.id)).size !== questions.length) {
    throw badInput('content', 'Each question needs a different id.');
  }
  return { passMark, questions };
}

/**
 * A scenario draft: checked for shape and size by the shared engine (dangling links and
 * other sense problems are allowed in a draft and reported by `validateScenario`), with
 * every scene's narrative sanitised. Throws BAD_USER_INPUT naming the first problem.
 */
export function parseScenarioDraft(input: unknown): ScenarioContent {
  try {
    const content = parseScenarioContent(input);
    for (const scene of content.scenes) scene.narrative = sanitiseRichText(scene.narrative);
    return content;
  } catch (error) {
    if (error instanceof ScenarioError) throw badInput('content', error.message);
    throw error;
  }
}

/**
 * Checks and cleans draft content for a lesson of the given kind before it is saved.
 * Throws BAD_USER_INPUT (with `fields.content`) when it does not fit.
 */
export function parseLessonContent(kind: LessonKindName, input: unknown): LessonContent {
  switch (kind) {
    case 'ARTICLE':
      return parseArticle(input);
    case 'SCENARIO':
      return parseScenarioDraft(input);
    case 'KNOWLEDGE_CHECK':
      return parseKnowledgeCheck(input);
  }
}

/**
 * What stops stored draft content being published: for a scenario every problem
 * `validateScenario` finds; for an article, no text; for a knowledge check, anything its
 * rules refuse. An empty list means it can be published. `media` tells which scene media
 * are pictures (they need a description).
 */
export function publishProblems(
  kind: LessonKindName,
  content: unknown,
  media: ScenarioMediaFacts = {},
): ScenarioProblem[] | string[] {
  switch (kind) {
    case 'SCENARIO':
      return validateScenario(parseScenarioDraft(content), media);
    case 'ARTICLE':
      return isBlankRichText(parseArticle(content).html) ? ['Write the article before publishing it.'] : [];
    case 'KNOWLEDGE_CHECK':
      try {
        parseKnowledgeCheck(content);
        return [];
      } catch (error) {
        return [error instanceof Error ? error.message : 'The knowledge check is not complete.'];
      }
  }
}
