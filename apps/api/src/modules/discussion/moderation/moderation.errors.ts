import { badInput, DomainError, forbidden, notFound } from '../../../common/errors/domain-error';
import { londonDateTime } from './london-date-time';

/** The moderation feature's expected failures, worded once. */
export const ModerationErrors = {
  notModerator: (): DomainError => forbidden('Only moderators can do that.'),
  notYourCategory: (): DomainError =>
    forbidden('You moderate other categories. Ask a moderator of this category, or an administrator.'),
  forumWideOnly: (): DomainError =>
    forbidden('Only moderators of the whole forum and administrators can suspend people or change watched words.'),
  suspended: (until: Date): DomainError =>
    new DomainError(
      'FORBIDDEN',
      `You are suspended from posting until ${londonDateTime(until)}. You can still read discussions.`,
    ),
  ownPost: (): DomainError => forbidden('You cannot report your own post.'),
  alreadyHidden: (): DomainError =>
    new DomainError('CONFLICT', 'A moderator has already hidden this post, so there is no need to report it.'),
  alreadyFlagged: (): DomainError => new DomainError('CONFLICT', 'You have already reported this post.'),
  deletedPost: (): DomainError =>
    new DomainError('CONFLICT', 'This post has been deleted, so there is nothing to review.'),
  blankReason: (field = 'reason'): DomainError => badInput(field, 'Give a reason.'),
  blockedWord: (word: string): DomainError =>
    badInput('body', `Your post contains “${word}”, which is not allowed here. Remove it and try again.`),
  wordExists: (): DomainError => badInput('word', 'That word is already on the list.'),
  blankWord: (): DomainError => badInput('word', 'Enter a word or short phrase, using letters or numbers.'),
  tooManyWords: (): DomainError => new DomainError('CONFLICT', 'The list already has the most watched words allowed.'),
  wordNotFound: (): DomainError => notFound('That watched word'),
  personNotFound: (): DomainError => notFound('That person'),
  tooManyModerators: (): DomainError =>
    new DomainError('CONFLICT', 'This category already has the most moderators allowed (20).'),
  notAModerator: (): DomainError =>
    badInput('personId', 'Only people with the moderator role can be given a category.'),
  cannotSuspendSelf: (): DomainError => badInput('personId', 'You cannot suspend yourself.'),
  alreadySuspended: (): DomainError =>
    new DomainError('CONFLICT', 'This person is already suspended. Lift the suspension before setting a new one.'),
  suspensionNotFound: (): DomainError => notFound('That suspension'),
  suspensionOver: (): DomainError => new DomainError('CONFLICT', 'This suspension has already ended or been lifted.'),
  lessonThreadMove: (): DomainError =>
    badInput('threadId', 'A lesson’s discussion stays with its lesson and cannot be moved.'),
  sameCategory: (): DomainError => badInput('categoryId', 'The thread is already in that category.'),
  notAnonymous: (): DomainError => badInput('postId', 'That post is not anonymous: its author is already shown.'),
  badFilter: (field: string): DomainError =>
    badInput(field, 'That is not a person’s identifier. Choose the person from the audit log.'),
  badCursor: (): DomainError => badInput('after', 'The page cursor is not valid. Start again from the first page.'),
};
