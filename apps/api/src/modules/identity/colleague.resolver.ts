import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, SameAsParent } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { Colleague } from './models/colleague.model';
import { Organisation } from './models/organisation.model';
import { OrganisationsService } from './organisations.service';

/** A colleague's organisation, batched per request like a person's. */
@Resolver(() => Colleague)
export class ColleagueResolver {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @SameAsParent()
  @ResolveField('organisation', () => Organisation, { description: 'The organisation the colleague belongs to.' })
  async organisation(@Ctx() ctx: RequestContext, @Parent() colleague: Colleague): Promise<Organisation> {
    return this.organisationsService.organisationOf(ctx, colleague);
  }
}
