import { DomainError, forbidden } from '../../../common/errors/domain-error';

/** Why a reaction was refused, worded once. */
export const ReactionErrors = {
  ownPost: (): DomainError => forbidden('You cannot react to your own post.'),
  deleted: (): DomainError => new DomainError('CONFLICT', 'This post has been deleted, so it cannot take reactions.'),
  concealed: (): DomainError =>
    new DomainError('CONFLICT', 'This post is hidden or waiting for review, so it cannot take reactions.'),
  tooFast: (): DomainError =>
    new DomainError('RATE_LIMITED', 'You have reacted a lot in the last minute. Wait a minute, then try again.'),
  locked: (): DomainError =>
    new DomainError('CONFLICT', 'This discussion is locked: nobody can add or change anything in it.'),
};
