import { badInput, DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import { londonTime } from '../identity/sign-in-throttle';
import { DISCUSSION_LIMITS } from './discussion.constants';

/** The discussion feature's expected failures, worded once. */
export const DiscussionErrors = {
  categoryNotFound: (): DomainError => notFound('That forum category'),
  threadNotFound: (): DomainError => notFound('That discussion'),
  postNotFound: (): DomainError => notFound('That post'),
  lessonNotFound: (): DomainError => notFound('That lesson'),
  contentItemNotFound: (): DomainError => notFound('That page'),
  threadOrLesson: (): DomainError =>
    badInput('threadId', 'Say which discussion to post in: a thread or a lesson, not both.'),
  blankBody: (): DomainError => badInput('body', 'Write your post before sending it.'),
  locked: (): DomainError =>
    new DomainError('CONFLICT', 'This discussion is locked: nobody can add or change posts in it.'),
  notAuthor: (): DomainError => forbidden('Only the person who wrote a post can change or delete it.'),
  deleted: (): DomainError => new DomainError('CONFLICT', 'This post has been deleted and can no longer be changed.'),
  tooManyEdits: (): DomainError =>
    new DomainError(
      'CONFLICT',
      `This post has been edited ${DISCUSSION_LIMITS.editsPerPost} times, the most allowed. Write a new post instead.`,
    ),
  anonymousNotAllowed: (): DomainError =>
    badInput(
      'anonymous',
      'This discussion does not allow anonymous posts. Post under your name or choose another category.',
    ),
  sceneNotInLesson: (): DomainError =>
    badInput('sceneId', 'That scene is not part of this lesson. Choose a scene of the lesson’s scenario.'),
  sceneOutsideLesson: (): DomainError => badInput('sceneId', 'Only posts about a lesson can point at a scene.'),
  quoteNotInThread: (): DomainError =>
    badInput('quotedPostId', 'You can only quote a post from the same discussion that has not been deleted.'),
  tooManyCategories: (): DomainError =>
    new DomainError(
      'CONFLICT',
      `The forum already has ${DISCUSSION_LIMITS.categoriesMax} categories, the most allowed.`,
    ),
  unknownOrganisations: (): DomainError =>
    badInput('allowedOrganisationIds', 'One or more of the organisations could not be found.'),
  badCursor: (): DomainError => badInput('after', 'The page cursor is not valid. Start again from the first page.'),
  startingTooFast: (until: Date): DomainError =>
    new DomainError(
      'RATE_LIMITED',
      `You have started ${DISCUSSION_LIMITS.threadsPerMinute} threads in the last minute. You can start another at ${londonTime(until)}.`,
    ),
  replyingTooFast: (until: Date): DomainError =>
    new DomainError(
      'RATE_LIMITED',
      `You have posted ${DISCUSSION_LIMITS.repliesPerMinute} replies in the last minute. You can post again at ${londonTime(until)}.`,
    ),
};
