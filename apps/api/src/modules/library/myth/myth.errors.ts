import { MYTH_LIMITS } from '@common-ground/shared';
import { badInput, DomainError, notFound } from '../../../common/errors/domain-error';

/** Myth-busters' and rumour reports' expected failures, worded once. */
export const MythErrors = {
  postNotFound: (): DomainError => notFound('That post'),
  verdictMissing: (): DomainError => badInput('verdict', 'Choose a verdict before sending the myth for review'),
  badLink: (index: number): DomainError =>
    badInput(`evidence.${index}.url`, 'Enter a web address starting with http:// or https://'),
  badDate: (index: number): DomainError =>
    badInput(`evidence.${index}.publishedOn`, 'Enter a real date, for example 2026-03-27'),
  unknownTerm: (): DomainError => badInput('relatedTermIds', 'Choose glossary terms from the list'),
  unknownFaq: (): DomainError => badInput('relatedFaqIds', 'Choose FAQs from the list'),
  alreadyReported: (): DomainError =>
    new DomainError('CONFLICT', 'You have already reported a rumour from this post. The editors have it.'),
  tooManyReports: (): DomainError =>
    new DomainError(
      'RATE_LIMITED',
      `You have reported ${MYTH_LIMITS.rumoursPerHour} rumours in the last hour. Please try again later.`,
    ),
};
