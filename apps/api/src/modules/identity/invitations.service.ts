import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { LIMITS, type RoleName } from '@common-ground/shared';
import { AppConfig } from '../../config/app-config';
import type { RequestContext } from '../../common/context/request-context';
import { DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { MailerService } from '../mail/mailer.service';
import { InvitationEntity } from './entities/invitation.entity';
import { PersonEntity } from './entities/person.entity';
import { invitationEmail } from './identity.emails';
import { IdentityErrors } from './identity.errors';
import { canManageRoles } from './identity.policy';
import { invitationStatus } from './models/invitation.model';
import { OrganisationsService } from './organisations.service';
import { normaliseRoles } from './people.service';
import { hashToken, newToken } from './tokens';

export interface NewInvitation {
  email: string;
  organisationId: string;
  roles: readonly RoleName[];
}

export interface InvitationPreviewData {
  email: string;
  organisationName: string;
  expiresAt: Date;
}

/** Admins invite people by email into an organisation with chosen roles; each link works once. */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly organisations: OrganisationsService,
    private readonly mailer: MailerService,
  ) {}

  /**
   * Creates an invitation and emails its link (valid for LIMITS.invitationDays days).
   * Returns the link once; only its hash is stored. Throws FORBIDDEN for non-admins,
   * NOT_FOUND for an unknown organisation, CONFLICT when the address already has an account.
   */
  async create(ctx: RequestContext, input: NewInvitation): Promise<{ invitation: InvitationEntity; link: string }> {
    if (!canManageRoles(ctx.actor)) throw forbidden();
    const email = input.email.trim().toLowerCase();
    const organisation = await this.organisations.get(input.organisationId);
    if (await this.people.existsBy({ email })) throw IdentityErrors.accountExistsForInvitation();
    const token = newToken();
    const invitation = await this.invitations.save(
      this.invitations.create({
        email,
        organisationId: organisation.id,
        roles: normaliseRoles(input.roles),
        tokenHash: hashToken(token),
        invitedById: ctx.actor?.id ?? null,
        expiresAt: new Date(Date.now() + LIMITS.invitationDays * 24 * 3600 * 1000),
        acceptedAt: null,
        revokedAt: null,
      }),
    );
    const link = `${this.config.publicUrl}/invitations/${token}`;
    const inviter = ctx.actor ? await this.people.findOneBy({ id: ctx.actor.id }) : null;
    await this.mailer.send(invitationEmail(email, organisation.name, inviter?.name ?? null, link));
    return { invitation, link };
  }

  /**
   * Withdraws an invitation so its link stops working; repeating it changes nothing.
   * Throws FORBIDDEN for non-admins, NOT_FOUND for an unknown id, CONFLICT once accepted.
   */
  async revoke(ctx: RequestContext, id: string): Promise<InvitationEntity> {
    if (!canManageRoles(ctx.actor)) throw forbidden();
    const invitation = isUuid(id) ? await this.invitations.findOneBy({ id }) : null;
    if (!invitation) throw notFound('That invitation');
    if (invitation.acceptedAt) throw IdentityErrors.invitationAlreadyAccepted();
    if (invitation.revokedAt) return invitation;
    invitation.revokedAt = new Date();
    return this.invitations.save(invitation);
  }

  /** One page of invitations for admins, newest first (keyset on created_at, id). Throws FORBIDDEN for non-admins. */
  async list(ctx: RequestContext, first: number, after?: string | null): Promise<Page<InvitationEntity>> {
    if (!canManageRoles(ctx.actor)) throw forbidden();
    const cursor = decodeCursor(after, 1);
    if (cursor && !isUuid(cursor[0])) {
      throw new DomainError('BAD_USER_INPUT', 'The page cursor is not valid. Start again from the first page.', {
        after: 'Not a valid cursor.',
      });
    }
    const totalCount = await this.invitations.count();
    const qb = this.invitations.createQueryBuilder('i').orderBy('i.created_at', 'DESC').addOrderBy('i.id', 'DESC');
    if (cursor) {
      // The cursor names the last row seen; comparing against its stored timestamp keeps
      // PostgreSQL's microseconds, which a JavaScript Date would round away.
      qb.where('(i.created_at, i.id) < (select c.created_at, c.id from invitation c where c.id = :after)', {
        after: String(cursor[0]),
      });
    }
    const rows = await qb.limit(first + 1).getMany();
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (i) => encodeCursor([i.id]),
    };
  }

  /** What the invitation page shows before sign-up; null for a link that is unknown or no longer usable. */
  async preview(token: string): Promise<InvitationPreviewData | null> {
    if (!token || token.length > 200) return null;
    const invitation = await this.invitations.findOne({
      where: { tokenHash: hashToken(token) },
      relations: { organisation: true },
    });
    if (!invitation || invitationStatus(invitation) !== 'PENDING' || !invitation.organisation) return null;
    return { email: invitation.email, organisationName: invitation.organisation.name, expiresAt: invitation.expiresAt };
  }

  /**
   * The invitation behind a sign-up link, if it can still be used. Throws BAD_USER_INPUT
   * on `invitationToken` saying what to do when it is unknown, expired, withdrawn or used.
   */
  async usable(token: string): Promise<InvitationEntity> {
    const invitation = await this.invitations.findOneBy({ tokenHash: hashToken(token) });
    if (!invitation) throw IdentityErrors.invitationInvalid();
    this.assertPending(invitation);
    return invitation;
  }

  /**
   * Inside the sign-up transaction: locks the invitation, re-checks it, and marks it
   * accepted, so one invitation creates at most one account. Throws as `usable` does.
   */
  async accept(manager: EntityManager, invitation: InvitationEntity): Promise<void> {
    const locked = await manager
      .createQueryBuilder(InvitationEntity, 'i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id: invitation.id })
      .getOne();
    if (!locked) throw IdentityErrors.invitationInvalid();
    this.assertPending(locked);
    await manager.update(InvitationEntity, { id: locked.id }, { acceptedAt: new Date() });
  }

  private assertPending(invitation: InvitationEntity): void {
    switch (invitationStatus(invitation)) {
      case 'ACCEPTED':
        throw IdentityErrors.invitationAccepted();
      case 'REVOKED':
        throw IdentityErrors.invitationRevoked();
      case 'EXPIRED':
        throw IdentityErrors.invitationExpired();
      case 'PENDING':
        return;
    }
  }
}
