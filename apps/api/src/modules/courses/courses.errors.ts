import { FRAMEWORK_LIMITS } from '@common-ground/shared';
import { badInput, DomainError, forbidden, notFound } from '../../common/errors/domain-error';

/** The course programme's expected failures, worded once so a person knows what to do next. */
export const CourseErrors = {
  courseNotFound: (): DomainError => notFound('That course'),
  sessionNotFound: (): DomainError => notFound('That session'),
  applicationNotFound: (): DomainError => notFound('That application'),
  bankHolidaysUnreadable: (detail: string): DomainError =>
    badInput('bankHolidays', `The bank holiday file could not be read: ${detail}. Nothing was changed.`),
  bankHolidaysMissing: (year: number, nation: string): DomainError =>
    new DomainError(
      'CONFLICT',
      `Bank holidays for ${nation} in ${year} are not loaded, so working days cannot be counted. An administrator needs to update the bank holiday list.`,
    ),
  alreadyApplied: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'You have already applied for this session. You can see your application on the session page.',
    ),
  sessionPast: (): DomainError =>
    new DomainError('CONFLICT', 'This session has already started, so it no longer takes applications.'),
  sessionFull: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'This session is full and its places have been given out. Look for another date of the same course.',
    ),
  sessionCancelled: (): DomainError => new DomainError('CONFLICT', 'This session has been cancelled.'),
  notYourApplication: (): DomainError => forbidden('You can only withdraw or cancel your own application.'),
  cannotManage: (): DomainError => forbidden('Only partnership leads and administrators can run the course programme.'),
  nothingToCancel: (): DomainError =>
    new DomainError('CONFLICT', 'This application has already been withdrawn or cancelled.'),
  managerEmail: (): DomainError =>
    badInput('managerEmail', 'Enter your line manager’s email address, like name@example.org'),
  managerName: (): DomainError => badInput('managerName', 'Enter your line manager’s name'),
  endsBeforeStart: (): DomainError => badInput('endsAt', 'The session must end after it starts'),
  capacityBelowConfirmed: (confirmed: number): DomainError =>
    badInput(
      'capacity',
      `Capacity cannot be less than the ${confirmed} place${confirmed === 1 ? '' : 's'} already given out. Cancel places first.`,
    ),
  capacityRange: (max: number): DomainError => badInput('capacity', `Capacity must be a whole number from 1 to ${max}`),
  blank: (field: string, what: string): DomainError => badInput(field, `Enter ${what}`),
  competencyNotFound: (): DomainError =>
    badInput('competencyIds', 'One of the competencies chosen is no longer in the framework. Choose again.'),
  tooManyCompetencies: (): DomainError =>
    badInput(
      'competencyIds',
      `A course can serve at most ${FRAMEWORK_LIMITS.competenciesPerResourceMax} competencies. Choose fewer.`,
    ),
  badPeriod: (field: 'from' | 'to', message: string): DomainError => badInput(field, message),
  badCursor: (): DomainError => badInput('after', 'The page cursor is not valid. Start again from the first page.'),
};
