import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Public, Roles, SameAsParent } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { CreateInvitationInput, IdInput } from './dto/person.inputs';
import { Invitation, InvitationConnection, InvitationPreview, toInvitation } from './models/invitation.model';
import { Organisation } from './models/organisation.model';
import { Person, toPerson } from './models/person.model';
import { InvitationsService } from './invitations.service';
import { OrganisationsService } from './organisations.service';
import { PeopleService } from './people.service';

/** Admins invite people; anyone holding a link may preview it before signing up. */
@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(
    private readonly invitationsService: InvitationsService,
    private readonly organisationsService: OrganisationsService,
    private readonly peopleService: PeopleService,
  ) {}

  @Roles('ADMIN')
  @Query(() => InvitationConnection, { description: 'Invitations, newest first. Admins only.' })
  async invitations(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many to return (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after?: string | null,
  ): Promise<InvitationConnection> {
    return toConnection(await this.invitationsService.list(ctx, pageSize(first), after), (i) => toInvitation(i));
  }

  @Public()
  @Query(() => InvitationPreview, {
    nullable: true,
    description: 'What an invitation link is for; null when the link is unknown, expired, withdrawn or already used.',
  })
  async invitation(
    @Args('token', { type: () => String, description: 'The token from the invitation link.' }) token: string,
  ): Promise<InvitationPreview | null> {
    return this.invitationsService.preview(token);
  }

  @Roles('ADMIN')
  @Mutation(() => Invitation, {
    description: 'Invites someone by email; the link is emailed and returned here once. Admins only.',
  })
  async createInvitation(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Who to invite, where, and with which roles.' }) input: CreateInvitationInput,
  ): Promise<Invitation> {
    const { invitation, link } = await this.invitationsService.create(ctx, input);
    return toInvitation(invitation, link);
  }

  @Roles('ADMIN')
  @Mutation(() => Invitation, { description: 'Withdraws an invitation so its link stops working. Admins only.' })
  async revokeInvitation(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The invitation to withdraw.' }) input: IdInput,
  ): Promise<Invitation> {
    return toInvitation(await this.invitationsService.revoke(ctx, input.id));
  }

  @SameAsParent()
  @ResolveField('organisation', () => Organisation, { description: 'The organisation the account will belong to.' })
  async organisation(@Ctx() ctx: RequestContext, @Parent() invitation: Invitation): Promise<Organisation> {
    return this.organisationsService.organisationOf(ctx, invitation);
  }

  @Roles('ADMIN')
  @ResolveField('invitedBy', () => Person, {
    nullable: true,
    description: 'The admin who sent it, if their account remains.',
  })
  async invitedBy(@Ctx() ctx: RequestContext, @Parent() invitation: Invitation): Promise<Person | null> {
    const person = await this.peopleService.find(ctx, invitation.invitedById);
    return person ? toPerson(person, ctx.actor) : null;
  }
}
