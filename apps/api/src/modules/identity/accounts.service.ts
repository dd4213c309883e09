import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { LIMITS, type WorkforceGroupName } from '@common-ground/shared';
import { AppConfig } from '../../config/app-config';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { MailerService } from '../mail/mailer.service';
import { AuthTokensService } from './auth-tokens.service';
import type { AuthTokenEntity } from './entities/auth-token.entity';
import { PersonEntity } from './entities/person.entity';
import { passwordResetEmail, verificationEmail } from './identity.emails';
import { IdentityErrors, isUniqueViolation } from './identity.errors';
import { InvitationsService } from './invitations.service';
import { OrganisationsService } from './organisations.service';
import { passwordProblem } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import { PeopleService } from './people.service';
import { SessionsService } from './sessions.service';

export interface SignUpDetails {
  name: string;
  email: string;
  password: string;
  jobTitle: string;
  workforceGroup: WorkforceGroupName;
  preferredLanguage: string;
  invitationToken?: string | null;
}

export interface SignUpResult {
  email: string;
  verificationRequired: boolean;
  person: PersonEntity | null;
}

const HOUR = 3600 * 1000;

/**
 * Account life cycle: sign-up (self-service by email domain, or by invitation),
 * email confirmation, and passwords (reset by email, change when signed in).
 */
@Injectable()
export class AccountsService {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly organisations: OrganisationsService,
    private readonly invitations: InvitationsService,
    private readonly tokens: AuthTokensService,
    private readonly sessions: SessionsService,
    private readonly peopleService: PeopleService,
    private readonly mailer: MailerService,
  ) {}

  /**
   * Creates an account. Without an invitation the email domain must belong to an
   * organisation; the person is a LEARNER and must confirm their address from the link
   * we email. With a usable invitation the address must be the invited one; the
   * organisation and roles come from the invitation, the address counts as confirmed,
   * the invitation is used up and the person is signed in. Nothing is saved when any
   * rule fails. Throws BAD_USER_INPUT (unknown domain, weak password, unusable
   * invitation, wrong address for the invitation) and CONFLICT (address taken).
   */
  async signUp(ctx: RequestContext, details: SignUpDetails): Promise<SignUpResult> {
    const email = details.email.trim().toLowerCase();
    const name = details.name.trim();
    const invitation = details.invitationToken ? await this.invitations.usable(details.invitationToken) : null;
    if (invitation && invitation.email !== email) throw IdentityErrors.invitationEmailMismatch(invitation.email);
    if (await this.people.existsBy({ email })) throw IdentityErrors.emailTaken();

    const organisationId = invitation ? invitation.organisationId : (await this.organisationForEmail(email)).id;
    const problem = passwordProblem(details.password, { email, name });
    if (problem) throw IdentityErrors.weakPassword(problem);
    const passwordHash = await hashPassword(details.password);

    let person: PersonEntity;
    try {
      person = await this.dataSource.transaction(async (manager) => {
        if (invitation) await this.invitations.accept(manager, invitation);
        const created = await manager.save(
          manager.create(PersonEntity, {
            email,
            name,
            jobTitle: details.jobTitle.trim(),
            workforceGroup: details.workforceGroup,
            organisationId,
            preferredLanguage: details.preferredLanguage,
            roles: invitation ? invitation.roles : ['LEARNER'],
            passwordHash,
            emailVerifiedAt: invitation ? new Date() : null,
            deactivatedAt: null,
            lineManagerId: null,
            lineManagerEmail: null,
          }),
        );
        if (invitation) await this.peopleService.linkReports(created, manager);
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'person_email_key')) throw IdentityErrors.emailTaken();
      throw error;
    }

    if (invitation) {
      await this.sessions.start(ctx, person);
      return { email, verificationRequired: false, person };
    }
    await this.sendVerification(person);
    return { email, verificationRequired: true, person: null };
  }

  /**
   * Confirms an email address from the emailed link (once) and signs the person in.
   * Throws BAD_USER_INPUT on `token` when the link is unknown, used or expired, and
   * FORBIDDEN when the account has been deactivated.
   */
  async verifyEmail(ctx: RequestContext, token: string): Promise<PersonEntity> {
    const row = await this.tokens.find(token, 'VERIFY_EMAIL');
    if (!row) throw IdentityErrors.linkInvalid();
    this.assertUsable(row, 'VERIFY_EMAIL');
    const person = await this.people.findOneBy({ id: row.personId });
    if (!person) throw IdentityErrors.linkInvalid();
    if (person.deactivatedAt) throw IdentityErrors.deactivated();
    await this.dataSource.transaction(async (manager) => {
      this.assertConsumed(await this.tokens.consume(manager, row), 'VERIFY_EMAIL');
      if (!person.emailVerifiedAt) {
        person.emailVerifiedAt = new Date();
        await manager.update(PersonEntity, { id: person.id }, { emailVerifiedAt: person.emailVerifiedAt });
      }
      await this.peopleService.linkReports(person, manager);
    });
    await this.sessions.start(ctx, person);
    return person;
  }

  /**
   * Emails a new confirmation link when the address has an active, unconfirmed
   * account; otherwise does nothing. Says nothing either way, so nobody can use it
   * to find out who has an account.
   */
  async resendVerification(email: string): Promise<void> {
    const person = await this.people.findOneBy({ email: email.trim().toLowerCase(), deactivatedAt: IsNull() });
    if (person && !person.emailVerifiedAt) await this.sendVerification(person);
  }

  /** Issues and emails a fresh confirmation link to an unconfirmed person. */
  async sendVerification(person: PersonEntity): Promise<void> {
    const token = await this.tokens.issue(person.id, 'VERIFY_EMAIL', LIMITS.verificationTokenHours * HOUR);
    await this.mailer.send(verificationEmail(person.email, person.name, this.verificationLink(token)));
  }

  /**
   * Emails a password reset link (valid LIMITS.resetTokenMinutes minutes) when the
   * address has an active account; otherwise does nothing, and says nothing either way.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const person = await this.people.findOneBy({ email: email.trim().toLowerCase(), deactivatedAt: IsNull() });
    if (!person) return;
    const token = await this.tokens.issue(person.id, 'RESET_PASSWORD', LIMITS.resetTokenMinutes * 60 * 1000);
    await this.mailer.send(
      passwordResetEmail(person.email, person.name, `${this.config.publicUrl}/reset-password?token=${token}`),
    );
  }

  /**
   * Sets a new password from a reset link (once). Opening the emailed link also
   * proves the address, so it counts as confirmed. Every session of the person ends.
   * Throws BAD_USER_INPUT on `token` (unknown, used, expired) or `password` (policy),
   * FORBIDDEN when the account has been deactivated.
   */
  async resetPassword(ctx: RequestContext, token: string, password: string): Promise<void> {
    const row = await this.tokens.find(token, 'RESET_PASSWORD');
    if (!row) throw IdentityErrors.linkInvalid();
    this.assertUsable(row, 'RESET_PASSWORD');
    const person = await this.people.findOneBy({ id: row.personId });
    if (!person) throw IdentityErrors.linkInvalid();
    if (person.deactivatedAt) throw IdentityErrors.deactivated();
    const problem = passwordProblem(password, person);
    if (problem) throw IdentityErrors.weakPassword(problem);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      this.assertConsumed(await this.tokens.consume(manager, row), 'RESET_PASSWORD');
      await manager.update(
        PersonEntity,
        { id: person.id },
        { passwordHash, emailVerifiedAt: person.emailVerifiedAt ?? new Date() },
      );
      if (!person.emailVerifiedAt) await this.peopleService.linkReports(person, manager);
      await this.sessions.endAllFor(person.id, undefined, manager);
    });
    if (ctx.actor?.id === person.id) await this.sessions.end(ctx);
  }

  /**
   * The signed-in person changes their password, proving the current one. Their other
   * sessions end; this one stays. Throws BAD_USER_INPUT on `currentPassword` or
   * `newPassword`, UNAUTHENTICATED when signed out.
   */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
    if (!ctx.actor) throw unauthenticated();
    const person = await this.people.findOneBy({ id: ctx.actor.id });
    if (!person) throw unauthenticated();
    if (!(await verifyPassword(person.passwordHash, currentPassword))) throw IdentityErrors.wrongCurrentPassword();
    const problem = passwordProblem(newPassword, person);
    if (problem) throw IdentityErrors.weakPassword(problem, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(PersonEntity, { id: person.id }, { passwordHash });
      await this.sessions.endAllFor(person.id, ctx.req.sessionID, manager);
    });
  }

  private async organisationForEmail(email: string) {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    const organisation = await this.organisations.findByEmailDomain(domain);
    if (!organisation) throw IdentityErrors.unknownDomain(domain);
    return organisation;
  }

  private verificationLink(token: string): string {
    return `${this.config.publicUrl}/verify-email?token=${token}`;
  }

  private assertUsable(row: AuthTokenEntity, purpose: AuthTokenEntity['purpose']): void {
    this.assertConsumed(this.tokens.state(row), purpose);
  }

  private assertConsumed(state: ReturnType<AuthTokensService['state']>, purpose: AuthTokenEntity['purpose']): void {
    if (state === 'EXPIRED') throw IdentityErrors.linkExpired();
    if (state === 'USED')
      throw purpose === 'VERIFY_EMAIL' ? IdentityErrors.verificationUsed() : IdentityErrors.resetUsed();
  }
}
