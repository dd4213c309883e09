import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { RoleName } from '@common-ground/shared';
import { Connection } from '../../../common/graphql/connection';
import type { InvitationEntity } from '../entities/invitation.entity';
import { InvitationStatus, type InvitationStatusName, Role } from './enums';

@ObjectType({ description: 'An admin’s invitation for someone to create an account.' })
export class Invitation {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'The address invited; the account must use it.' })
  email: string;

  @Field(() => [Role], { description: 'Roles the new account will hold; always includes LEARNER.' })
  roles: RoleName[];

  @Field(() => InvitationStatus, { description: 'Where the invitation stands.' })
  status: InvitationStatusName;

  @Field({ description: 'When the link stops working.' })
  expiresAt: Date;

  @Field({ description: 'When the invitation was created.' })
  createdAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'The invitation link. Only returned when the invitation is created; null afterwards, because only a hash of it is kept.',
  })
  link: string | null;

  /** Resolved into `organisation` through a per-request loader; not a GraphQL field. */
  organisationId: string;

  /** Resolved into `invitedBy` through a per-request loader; not a GraphQL field. */
  invitedById: string | null;
}

@ObjectType({ description: 'A page of invitations, newest first.' })
export class InvitationConnection extends Connection(Invitation, 'Invitation') {}

@ObjectType({ description: 'What a person opening an invitation link may see before creating their account.' })
export class InvitationPreview {
  @Field({ description: 'The address invited; the account must use it.' })
  email: string;

  @Field({ description: 'The organisation the account will belong to.' })
  organisationName: string;

  @Field({ description: 'When the link stops working.' })
  expiresAt: Date;
}

/** Where an invitation stands at `now`: accepted and revoked win over expiry. */
export function invitationStatus(e: InvitationEntity, now: Date = new Date()): InvitationStatusName {
  if (e.acceptedAt) return 'ACCEPTED';
  if (e.revokedAt) return 'REVOKED';
  if (e.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'PENDING';
}

/** Maps an invitation row to its model; `link` only when the token was just created. */
export const toInvitation = (e: InvitationEntity, link: string | null = null): Invitation => ({
  id: e.id,
  email: e.email,
  roles: e.roles,
  status: invitationStatus(e),
  expiresAt: e.expiresAt,
  createdAt: e.createdAt,
  link,
  organisationId: e.organisationId,
  invitedById: e.invitedById,
});
