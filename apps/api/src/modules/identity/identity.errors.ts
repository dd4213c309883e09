import { badInput, DomainError } from '../../common/errors/domain-error';

/**
 * The identity feature's expected failures, worded once so every path that hits the
 * same situation says the same thing.
 */
export const IdentityErrors = {
  unknownDomain: (domain: string): DomainError =>
    badInput(
      'email',
      `No organisation in the partnership uses the email address ending @${domain}. Ask your organisation's administrator for an invitation.`,
    ),
  emailTaken: (): DomainError =>
    new DomainError('CONFLICT', 'An account with this email address already exists. Sign in or reset your password.', {
      email: 'An account with this email address already exists. Sign in or reset your password.',
    }),
  weakPassword: (reason: string, field = 'password'): DomainError => badInput(field, reason),
  wrongCredentials: (): DomainError =>
    new DomainError('UNAUTHENTICATED', 'The email address or password is not right.'),
  deactivated: (): DomainError =>
    new DomainError('FORBIDDEN', 'Your account has been deactivated. Contact your administrator.'),
  unverified: (): DomainError => badInput('email', 'Confirm your email address first: we have sent you a new link.'),
  lockedOut: (message: string): DomainError => new DomainError('RATE_LIMITED', message),

  linkInvalid: (): DomainError =>
    badInput('token', 'This link is not valid. Check you copied the whole link from the email, or ask for a new one.'),
  linkExpired: (): DomainError => badInput('token', 'This link has expired. Ask for a new one.'),
  verificationUsed: (): DomainError =>
    badInput('token', 'This link has already been used. Your email address is confirmed: sign in to continue.'),
  resetUsed: (): DomainError =>
    badInput('token', 'This link has already been used. If you still need to reset your password, ask for a new link.'),

  invitationInvalid: (): DomainError =>
    badInput(
      'invitationToken',
      'This invitation link is not valid. Check you copied the whole link, or ask your administrator for a new invitation.',
    ),
  invitationExpired: (): DomainError =>
    badInput('invitationToken', 'This invitation has expired. Ask your administrator to send you a new one.'),
  invitationAccepted: (): DomainError =>
    badInput(
      'invitationToken',
      'This invitation has already been used. Sign in with the email address it was sent to, or reset your password.',
    ),
  invitationRevoked: (): DomainError =>
    badInput(
      'invitationToken',
      'This invitation has been withdrawn. Ask your administrator if you still need an account.',
    ),
  invitationEmailMismatch: (email: string): DomainError =>
    badInput('email', `This invitation was sent to ${email}. Sign up with that email address.`),

  wrongCurrentPassword: (): DomainError => badInput('currentPassword', 'Your current password is not right.'),
  ownEmailAsManager: (): DomainError =>
    badInput('lineManagerEmail', "Enter your line manager's email address, not your own."),
  keepOwnAdmin: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'You cannot remove your own admin role: there must stay at least one admin. Ask another admin to do it.',
      { roles: 'You cannot remove your own admin role.' },
    ),
  deactivateSelf: (): DomainError =>
    new DomainError('FORBIDDEN', 'You cannot deactivate your own account. Ask another admin to do it.'),
  organisationNameTaken: (): DomainError =>
    new DomainError('CONFLICT', 'An organisation with this name already exists. Choose a different name.', {
      name: 'An organisation with this name already exists.',
    }),
  domainTaken: (domain: string, organisationName: string): DomainError =>
    new DomainError(
      'CONFLICT',
      `The domain ${domain} already belongs to ${organisationName}. Remove it there first, or choose a different domain.`,
      { emailDomains: `${domain} already belongs to ${organisationName}.` },
    ),
  accountExistsForInvitation: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'An account with this email address already exists, so there is no need to invite them.',
      {
        email: 'An account with this email address already exists.',
      },
    ),
  invitationAlreadyAccepted: (): DomainError =>
    new DomainError(
      'CONFLICT',
      'This invitation has already been accepted, so it cannot be withdrawn. Deactivate the account instead.',
    ),
};

/** True for PostgreSQL's unique violation (optionally on one named constraint or index). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  return driverError?.code === '23505' && (!constraint || driverError.constraint === constraint);
}
