import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FRAMEWORK_LIMITS } from '@common-ground/shared';
import { Ctx, Public, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { MaxItems } from '../../common/graphql/list-size';
import { MarkResourceDoneInput, RateCompetenciesInput, UnmarkResourceDoneInput } from './dto/framework.inputs';
import { FrameworkAdminService } from './framework-admin.service';
import { LearningPlanService } from './learning-plan.service';
import { Competency, FrameworkGroup, LearningPlan, Strand, TeamMemberPlanConnection } from './models/framework.model';
import { toCompetency, toFrameworkGroup, toStrand } from './models/framework.mappers';

/**
 * The interactive tool: anyone reads the strands and the groups they may use (signed out:
 * the public, carers and volunteers), sees what a group needs to know and do, and gets a
 * plan; signed-in people keep their ratings and plan, and line managers see their team's.
 */
@Resolver()
export class LearningPlanResolver {
  constructor(
    private readonly plans: LearningPlanService,
    private readonly admin: FrameworkAdminService,
  ) {}

  @Public()
  @MaxItems(FRAMEWORK_LIMITS.strandsMax)
  @Query(() => [Strand], { description: 'The framework’s strands, in order.' })
  async frameworkStrands(): Promise<Strand[]> {
    return (await this.admin.strands()).map(toStrand);
  }

  @Public()
  @MaxItems(FRAMEWORK_LIMITS.workforceGroupsMax)
  @Query(() => [FrameworkGroup], {
    description:
      'The workforce groups the viewer may use the tool for, from general contact to leaders (signed out: only those open to the public).',
  })
  async frameworkGroups(@Ctx() ctx: RequestContext): Promise<FrameworkGroup[]> {
    return (await this.plans.groups(ctx)).map((g) => toFrameworkGroup(g, g.isViewersGroup));
  }

  @Public()
  @MaxItems(FRAMEWORK_LIMITS.competenciesPerCellMax)
  @Query(() => [Competency], {
    description:
      'What a workforce group needs to know and do in a strand, with the viewer’s ratings. Signed out: only groups open to the public.',
  })
  async frameworkCompetencies(
    @Ctx() ctx: RequestContext,
    @Args('strandId', { type: () => ID, description: 'The strand.' }) strandId: string,
    @Args('workforceGroupId', { type: () => ID, description: 'The workforce group.' }) workforceGroupId: string,
  ): Promise<Competency[]> {
    return (await this.plans.cell(ctx, strandId, workforceGroupId)).map(toCompetency);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Keeps the signed-in person’s confidence ratings; true when saved.' })
  async rateCompetencies(@Ctx() ctx: RequestContext, @Args('input') input: RateCompetenciesInput): Promise<boolean> {
    await this.plans.rate(ctx, input.ratings);
    return true;
  }

  @SignedIn()
  @Query(() => LearningPlan, {
    description:
      'A learning plan: the viewer’s own without `personId`; with it, a team member’s (their line manager), or anyone’s for leads and admins.',
  })
  async learningPlan(
    @Ctx() ctx: RequestContext,
    @Args('personId', { type: () => ID, nullable: true, description: 'Whose plan; the viewer’s own when absent.' })
    personId?: string | null,
  ): Promise<LearningPlan> {
    return this.plans.plan(ctx, personId);
  }

  @Public()
  @Query(() => LearningPlan, {
    description:
      'A plan from ratings the browser keeps, for people not signed in (groups open to the public only); nothing is stored.',
  })
  async publicLearningPlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RateCompetenciesInput,
  ): Promise<LearningPlan> {
    return this.plans.publicPlan(ctx, input.ratings);
  }

  @SignedIn()
  @Mutation(() => LearningPlan, { description: 'Marks a resource in the viewer’s plan done, with a reflection.' })
  async markResourceDone(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MarkResourceDoneInput,
  ): Promise<LearningPlan> {
    await this.plans.markDone(ctx, input.resourceId, input.reflection);
    return this.plans.plan(ctx, null);
  }

  @SignedIn()
  @Mutation(() => LearningPlan, { description: 'Takes back a "done" the viewer marked.' })
  async unmarkResourceDone(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UnmarkResourceDoneInput,
  ): Promise<LearningPlan> {
    await this.plans.unmarkDone(ctx, input.resourceId);
    return this.plans.plan(ctx, null);
  }

  @SignedIn()
  @Query(() => TeamMemberPlanConnection, {
    description: 'The viewer’s direct reports (who named them as line manager) and how far each is with their plan.',
  })
  async teamLearningPlans(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<TeamMemberPlanConnection> {
    const page = await this.plans.team(ctx, pageSize(first), after);
    return toConnection(page, (m) => m);
  }
}
