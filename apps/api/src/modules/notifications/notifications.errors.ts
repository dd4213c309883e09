import { badInput, DomainError, notFound } from '../../common/errors/domain-error';

/** The notifications feature's expected failures, worded once. */
export const NotificationErrors = {
  notificationNotFound: (): DomainError => notFound('That notification'),
  badCursor: (): DomainError => badInput('after', 'The page cursor is not valid. Start again from the first page.'),
  seqOutOfRange: (last: number): DomainError =>
    badInput('seq', `This discussion has ${last} posts so far: say a post number from 0 to ${last}.`),
  badUnsubscribeLink: (): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'This unsubscribe link is not valid. Copy the whole link from the email, or change your emails in your profile.',
    ),
};
