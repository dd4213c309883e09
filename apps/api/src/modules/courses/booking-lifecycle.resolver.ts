import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { Ctx, Public, Roles, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { ApprovalService } from './approval.service';
import { CourseErrors } from './courses.errors';
import {
  CancelSessionInput,
  ManagerDecisionInput,
  NameSubstituteInput,
  OfferAnswerInput,
} from './dto/booking-lifecycle.inputs';
import { ManagerApprovalRequest, ManagerDecision } from './models/booking-lifecycle.model';
import { Course, CourseApplication, CourseSession } from './models/course.model';
import { toCourseApplication, toCourseSession } from './models/course.mappers';
import { OffersService } from './offers.service';
import { ProgrammeService } from './programme.service';
import { SessionCancelService } from './session-cancel.service';
import { SubstituteService } from './substitute.service';

/**
 * The booking life cycle after applying: the line manager's approval (public, by link),
 * answering an offered place, naming a substitute, and a lead cancelling a whole session.
 */
@Resolver(() => Course)
export class BookingLifecycleResolver {
  private readonly approvalLoaders = new WeakMap<Request, DataLoader<string, boolean>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly approval: ApprovalService,
    private readonly offers: OffersService,
    private readonly substitutes: SubstituteService,
    private readonly sessions: SessionCancelService,
    private readonly programme: ProgrammeService,
  ) {}

  @Public()
  @ResolveField(() => Boolean, { description: 'Applications wait for the line manager’s approval before they count.' })
  async requiresManagerApproval(@Ctx() ctx: RequestContext, @Parent() course: Course): Promise<boolean> {
    let loader = this.approvalLoaders.get(ctx.req);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.dataSource.query<{ id: string; requires_manager_approval: boolean }[]>(
          `select id, requires_manager_approval from course where id = any($1::uuid[])`,
          [ids],
        );
        const byId = new Map(rows.map((r) => [r.id, r.requires_manager_approval]));
        return ids.map((id) => byId.get(id) ?? false);
      });
      this.approvalLoaders.set(ctx.req, loader);
    }
    return loader.load(course.id);
  }

  @Public()
  @Query(() => ManagerApprovalRequest, {
    description:
      'The application an approval link is for. A wrong, expired or used link answers NOT_FOUND with one message.',
  })
  async managerApprovalRequest(
    @Args('token', { description: 'The token from the link.' }) token: string,
  ): Promise<ManagerApprovalRequest> {
    return this.approval.view(token);
  }

  @Public()
  @Mutation(() => ManagerDecision, {
    description: 'A line manager approves or declines an application from the link in their email (no account).',
  })
  async decideManagerApproval(@Args('input') input: ManagerDecisionInput): Promise<ManagerDecision> {
    const status = await this.approval.decide(input.token, input.approve);
    return { approved: input.approve, status };
  }

  @SignedIn()
  @Mutation(() => CourseApplication, {
    description: 'Accepts a place offered from the waiting list, before its deadline.',
  })
  async acceptCourseOffer(
    @Ctx() ctx: RequestContext,
    @Args('input') input: OfferAnswerInput,
  ): Promise<CourseApplication> {
    return toCourseApplication(await this.offers.accept(ctx, input.applicationId));
  }

  @SignedIn()
  @Mutation(() => CourseApplication, {
    description: 'Declines a place offered from the waiting list; it goes to the next person. A retry changes nothing.',
  })
  async declineCourseOffer(
    @Ctx() ctx: RequestContext,
    @Args('input') input: OfferAnswerInput,
  ): Promise<CourseApplication> {
    return toCourseApplication(await this.offers.decline(ctx, input.applicationId));
  }

  @SignedIn()
  @Mutation(() => CourseApplication, {
    description:
      'After the free cancellation deadline, passes a confirmed place to someone in the same organisation, who takes it with the same charge (no late charge). Returns the substitute’s application.',
  })
  async nameSubstitute(
    @Ctx() ctx: RequestContext,
    @Args('input') input: NameSubstituteInput,
  ): Promise<CourseApplication> {
    return toCourseApplication(await this.substitutes.name(ctx, input.applicationId, input.email));
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => CourseSession, {
    description:
      'Cancels a whole session: everyone booked or waiting, and their managers, are told with a cancelled calendar entry; nobody is charged (leads and admins).',
  })
  async cancelCourseSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CancelSessionInput,
  ): Promise<CourseSession> {
    await this.sessions.cancel(ctx, input.sessionId);
    const view = await this.programme.session(ctx, input.sessionId);
    if (!view) throw CourseErrors.sessionNotFound();
    return toCourseSession(view, this.clock.now());
  }
}
