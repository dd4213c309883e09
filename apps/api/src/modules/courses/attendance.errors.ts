import { EVALUATION_LIMITS } from '@common-ground/shared';
import { badInput, DomainError, forbidden, notFound } from '../../common/errors/domain-error';

/** The register's, the evaluation's and course certificates' expected failures, worded for the person acting. */
export const AttendanceErrors = {
  sessionNotFound: (): DomainError => notFound('That session'),
  cannotMark: (): DomainError =>
    forbidden('Only the session’s trainer, partnership leads and administrators can mark the register.'),
  registerNotOpen: (day: string): DomainError =>
    new DomainError('CONFLICT', `The register opens on the day of the session, ${day}. Nothing was saved.`),
  sessionCancelled: (): DomainError =>
    new DomainError('CONFLICT', 'This session was cancelled, so it has no register. Nothing was saved.'),
  noMarks: (): DomainError => badInput('marks', 'Choose how at least one delegate attended'),
  tooManyMarks: (): DomainError =>
    badInput('marks', `A register takes at most ${EVALUATION_LIMITS.registerMax} delegates at a time`),
  markedTwice: (): DomainError =>
    badInput('marks', 'Each delegate can be marked only once in a save. Nothing was saved.'),
  notBooked: (applicationId: string): DomainError =>
    new DomainError(
      'BAD_USER_INPUT',
      'Someone on the list does not have a confirmed place on this session, so they cannot be marked. Reload the register; nothing was saved.',
      { marks: 'Only delegates with a confirmed place can be marked' },
      [{ applicationId }],
    ),
  notAttended: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'You can complete the evaluation once the trainer has marked you as attending this session.',
    ),
  alreadyEvaluated: (): DomainError =>
    new DomainError('CONFLICT', 'You have already completed the evaluation for this session. Thank you.'),
  rating: (field: string): DomainError =>
    badInput(field, `Choose a rating from ${EVALUATION_LIMITS.ratingMin} to ${EVALUATION_LIMITS.ratingMax}`),
  textTooLong: (field: string): DomainError =>
    badInput(field, `Your answer must be ${EVALUATION_LIMITS.textMax} characters or fewer`),
};
