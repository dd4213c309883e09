import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { ChargePeriodInput } from './dto/finance.inputs';
import { FinanceService } from './finance.service';
import { ChargeTotals, OrganisationChargesConnection } from './models/finance.model';

/** The finance view: charges per organisation for sessions in a period (partnership leads and admins). */
@Resolver()
export class FinanceResolver {
  constructor(private readonly finance: FinanceService) {}

  @Roles('MODERATOR', 'ADMIN')
  @Query(() => OrganisationChargesConnection, {
    description:
      'What each organisation owes for places on sessions starting in the period, A–Z; late cancellations and no-shows counted (leads and admins).',
  })
  async courseChargesByOrganisation(
    @Ctx() ctx: RequestContext,
    @Args('period', { description: 'Which sessions.' }) period: ChargePeriodInput,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<OrganisationChargesConnection> {
    return toConnection(await this.finance.byOrganisation(ctx, period, pageSize(first), after), (o) => o);
  }

  @Roles('MODERATOR', 'ADMIN')
  @Query(() => ChargeTotals, { description: 'Everything owed for sessions starting in the period (leads and admins).' })
  async courseChargeTotals(
    @Ctx() ctx: RequestContext,
    @Args('period', { description: 'Which sessions.' }) period: ChargePeriodInput,
  ): Promise<ChargeTotals> {
    return this.finance.totals(ctx, period);
  }
}
