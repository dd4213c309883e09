import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RoleName } from '@common-ground/shared';
import { Ctx, Roles, SameAsParent, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { PersonIdInput, SetPersonRolesInput } from './dto/person.inputs';
import { UpdateProfileInput } from './dto/update-profile.input';
import { Colleague, toColleague } from './models/colleague.model';
import { Role } from './models/enums';
import { Organisation } from './models/organisation.model';
import { Person, PersonConnection, toPerson } from './models/person.model';
import { OrganisationsService } from './organisations.service';
import { PeopleService } from './people.service';

/** People: the admin's directory, a person's profile, roles and deactivation. */
@Resolver(() => Person)
export class PersonResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly organisationsService: OrganisationsService,
  ) {}

  @Roles('ADMIN')
  @Query(() => PersonConnection, { description: 'People with accounts, ordered by name. Admins only.' })
  async people(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many to return (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after?: string | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of a name or email address.' })
    search?: string | null,
    @Args('organisationId', { type: () => ID, nullable: true, description: 'Only people in this organisation.' })
    organisationId?: string | null,
    @Args('role', { type: () => Role, nullable: true, description: 'Only people holding this role.' })
    role?: RoleName | null,
    @Args('includeDeactivated', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'Include deactivated accounts.',
    })
    includeDeactivated?: boolean | null,
  ): Promise<PersonConnection> {
    const page = await this.peopleService.list(ctx, pageSize(first), after, {
      search,
      organisationId,
      role,
      includeDeactivated,
    });
    return toConnection(page, (p) => toPerson(p, ctx.actor));
  }

  @SignedIn()
  @Query(() => Person, {
    nullable: true,
    description:
      'One person, for themself, moderators and admins. NOT_FOUND when there is no such person or the viewer may not see them.',
  })
  async person(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The person.' }) id: string,
  ): Promise<Person> {
    return toPerson(await this.peopleService.get(ctx, id), ctx.actor);
  }

  @SignedIn()
  @Mutation(() => Person, { description: 'Changes the signed-in person’s own profile.' })
  async updateProfile(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The profile details.' }) input: UpdateProfileInput,
  ): Promise<Person> {
    return toPerson(await this.peopleService.updateProfile(ctx, input), ctx.actor);
  }

  @Roles('ADMIN')
  @Mutation(() => Person, { description: 'Sets the roles a person holds; LEARNER is always kept. Admins only.' })
  async setPersonRoles(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The person and the roles they should hold.' }) input: SetPersonRolesInput,
  ): Promise<Person> {
    return toPerson(await this.peopleService.setRoles(ctx, input.personId, input.roles), ctx.actor);
  }

  @Roles('ADMIN')
  @Mutation(() => Person, {
    description: 'Deactivates someone else’s account and signs them out everywhere. Admins only.',
  })
  async deactivatePerson(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The person to deactivate.' }) input: PersonIdInput,
  ): Promise<Person> {
    return toPerson(await this.peopleService.deactivate(ctx, input.personId), ctx.actor);
  }

  @Roles('ADMIN')
  @Mutation(() => Person, { description: 'Lets a deactivated person sign in again. Admins only.' })
  async reactivatePerson(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The person to reactivate.' }) input: PersonIdInput,
  ): Promise<Person> {
    return toPerson(await this.peopleService.reactivate(ctx, input.personId), ctx.actor);
  }

  // Field resolvers are reached only through an operation that has already been
  // authorised, so they open up here rather than re-running the default-deny guard.
  @SameAsParent()
  @ResolveField('organisation', () => Organisation, { description: 'The organisation the person belongs to.' })
  async organisation(@Ctx() ctx: RequestContext, @Parent() person: Person): Promise<Organisation> {
    return this.organisationsService.organisationOf(ctx, person);
  }

  @SameAsParent()
  @ResolveField('lineManager', () => Colleague, {
    nullable: true,
    description:
      'The line manager, when their email address belongs to an account: only what any colleague may see of them.',
  })
  async lineManager(@Ctx() ctx: RequestContext, @Parent() person: Person): Promise<Colleague | null> {
    const manager = await this.peopleService.find(ctx, person.lineManagerId);
    return manager ? toColleague(manager) : null;
  }
}
