import type { ScenarioProblem } from '@common-ground/shared';
import { badInput, DomainError, notFound } from '../../common/errors/domain-error';

/** The learning feature's expected failures, worded once. */
export const LearningErrors = {
  moduleNotFound: (): DomainError => notFound('That module'),
  lessonNotFound: (): DomainError => notFound('That lesson'),
  attemptNotFound: (): DomainError => notFound('That attempt'),
  slugTaken: (): DomainError =>
    new DomainError('CONFLICT', 'Another module already uses this web address. Choose a different one.', {
      slug: 'Another module already uses this web address.',
    }),
  coverAltMissing: (): DomainError => badInput('coverAlt', 'Describe the cover image for people who cannot see it.'),
  coverNotImage: (): DomainError => badInput('coverMediaId', 'The cover must be an uploaded image.'),
  wrongKind: (expected: string): DomainError => badInput('lessonId', `This lesson is not ${expected}.`),
  postTestLocked: (): DomainError =>
    new DomainError(
      'FORBIDDEN',
      'You can start the final test once you have completed the other lessons in this module.',
    ),
  notOffered: (): DomainError =>
    badInput('choiceId', 'That choice is not offered in this scene. Choose one of the options shown.'),
  ended: (): DomainError => badInput('choiceId', 'This scenario has already ended. Restart it to play again.'),
  attemptClosed: (): DomainError =>
    new DomainError('CONFLICT', 'This attempt is finished. Restart the lesson to try again.'),
  alreadySubmitted: (): DomainError =>
    new DomainError('CONFLICT', 'You have already submitted this knowledge check. Restart it to try again.'),
  archived: (): DomainError => new DomainError('CONFLICT', 'This lesson is archived. Restore it as a draft first.'),
  scenarioProblems: (problems: ScenarioProblem[]): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      `This scenario cannot be published yet: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix. ${problems[0]?.message ?? ''}`.trim(),
      { content: 'Fix the problems shown on each scene.' },
      problems.map((p) => ({ sceneId: p.sceneId, choiceId: p.choiceId ?? null, code: p.code, message: p.message })),
    ),
  cannotPublish: (reason: string): DomainError => badInput('content', reason),
  statsLocked: (): DomainError =>
    new DomainError('FORBIDDEN', 'You can see how colleagues chose once you have made your own choice here.'),
  reorderMismatch: (): DomainError =>
    badInput('lessonIds', 'List every lesson of the module exactly once, in the new order.'),
};
