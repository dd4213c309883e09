import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input';
import { Organisation, OrganisationConnection, toOrganisation } from './models/organisation.model';
import { OrganisationsService } from './organisations.service';

/** The partnership's organisations: everyone signed in may list them; admins change them. */
@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @SignedIn()
  @Query(() => OrganisationConnection, { description: 'Organisations in the partnership, ordered by name.' })
  async organisations(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many to return (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after?: string | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of the organisation’s name.' })
    search?: string | null,
  ): Promise<OrganisationConnection> {
    return toConnection(await this.organisationsService.list(pageSize(first), after, search), toOrganisation);
  }

  @SignedIn()
  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation. NOT_FOUND when there is no such organisation.',
  })
  async organisation(
    @Args('id', { type: () => ID, description: 'The organisation.' }) id: string,
  ): Promise<Organisation> {
    return toOrganisation(await this.organisationsService.get(id));
  }

  @Roles('ADMIN')
  @Mutation(() => Organisation, { description: 'Adds an organisation to the partnership. Admins only.' })
  async createOrganisation(
    @Args('input', { description: 'The organisation’s details.' }) input: CreateOrganisationInput,
  ): Promise<Organisation> {
    return toOrganisation(await this.organisationsService.create(input));
  }

  @Roles('ADMIN')
  @Mutation(() => Organisation, { description: 'Changes an organisation’s details. Admins only.' })
  async updateOrganisation(
    @Args('input', { description: 'The organisation and its new details.' }) input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    const { id, ...details } = input;
    return toOrganisation(await this.organisationsService.update(id, details));
  }

  @SignedIn()
  @ResolveField('peopleCount', () => Int, { description: 'How many active people belong to it.' })
  async peopleCount(@Ctx() ctx: RequestContext, @Parent() organisation: Organisation): Promise<number> {
    return this.organisationsService.peopleCount(ctx, organisation.id);
  }
}
