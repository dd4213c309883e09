import { badInput, DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import { CONTENT_LIMITS } from './library.constants';

/** The library's expected failures, worded once. */
export const LibraryErrors = {
  itemNotFound: (): DomainError => notFound('That page'),
  cannotCreate: (): DomainError => forbidden('Only editors can write this kind of content.'),
  cannotEdit: (): DomainError =>
    forbidden('You cannot change this. Authors can change their own posts until an editor publishes them.'),
  cannotStep: (step: string): DomainError => forbidden(`You cannot ${step} this.`),
  wrongStatus: (message: string): DomainError => new DomainError('CONFLICT', message),
  blankTitle: (): DomainError => badInput('title', 'Enter a title'),
  blankBody: (): DomainError => badInput('body', 'Write the post before submitting or publishing it'),
  bodyTooLong: (): DomainError =>
    badInput('body', `The text must be ${CONTENT_LIMITS.bodyMax.toLocaleString('en-GB')} characters or fewer`),
  publishAtPast: (): DomainError => badInput('publishAt', 'Choose a publication time in the future'),
  coverAltMissing: (): DomainError => badInput('coverAlt', 'Describe the cover picture for people who cannot see it'),
  coverNotImage: (): DomainError => badInput('coverMediaId', 'The cover must be an uploaded picture'),
  featuredByEditorsOnly: (): DomainError => forbidden('Only editors can feature a post.'),
  badTags: (message: string): DomainError => badInput('tags', message),
  badCursor: (): DomainError => badInput('after', 'The page cursor is not valid. Start again from the first page.'),
};
