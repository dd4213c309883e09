import { badInput, DomainError, forbidden } from '../../common/errors/domain-error';
import { londonDateTimeWords } from './rules/london-time';

/**
 * The booking life cycle's expected failures (manager approval, offers, substitutes,
 * cancelling a session), worded so a person knows what to do next. Each changes nothing.
 */
export const BookingErrors = {
  /** One message for a wrong, expired or used approval link, so a link reveals nothing. */
  approvalLink: (): DomainError =>
    new DomainError(
      'NOT_FOUND',
      'This approval link does not work. It may be mistyped, out of date or already used. Nothing has been changed. If the application still needs a decision, ask the applicant to apply again.',
    ),
  noOffer: (): DomainError =>
    new DomainError('CONFLICT', 'There is no place on offer on this application, so there is nothing to accept.'),
  offerExpired: (at: Date): DomainError =>
    new DomainError(
      'CONFLICT',
      `This offer ran out at ${londonDateTimeWords(at)}, so the place is going to the next person on the waiting list.`,
    ),
  substituteNotConfirmed: (): DomainError =>
    new DomainError('CONFLICT', 'Only a confirmed place can be passed to someone else.'),
  substituteTooEarly: (until: Date): DomainError =>
    new DomainError(
      'CONFLICT',
      `You can still cancel this place free of charge until ${londonDateTimeWords(until)}. Sending someone in your place is for after that.`,
    ),
  substituteEmail: (): DomainError => badInput('email', 'Enter the email address of the person going instead'),
  substituteUnknown: (): DomainError =>
    badInput(
      'email',
      'No Common Ground account uses that email address. The person going instead needs an account first.',
    ),
  substituteOtherOrganisation: (organisation: string): DomainError =>
    badInput('email', `The person going instead must work for the same organisation (${organisation}).`),
  substituteSelf: (): DomainError =>
    badInput('email', 'Enter someone else’s email address: this place is already theirs.'),
  substituteHasApplication: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'That person already has an application for this session. Cancel theirs first, or choose someone else.',
    ),
  notYourPlace: (): DomainError =>
    forbidden('Only the applicant or a leader in their organisation can send someone in their place.'),
  sessionStarted: (): DomainError =>
    new DomainError('CONFLICT', 'This session has already started, so it can no longer be changed.'),
};
