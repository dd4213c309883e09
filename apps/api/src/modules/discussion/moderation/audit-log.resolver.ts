import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SameAsParent } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { pageSize, toConnection } from '../../../common/graphql/connection';
import { Colleague, toColleague } from '../../identity/models/colleague.model';
import { PeopleService } from '../../identity/people.service';
import { AuditLogService } from './audit-log.service';
import type { AuditAction } from './entities/moderation-audit.entity';
import { ModerationAuditConnection, ModerationAuditEntry, toAuditEntry } from './models/moderation.models';
import { AuditActionEnum } from './models/moderation-enums';

/** The moderation audit log, read-only: there is no mutation that changes it. */
@Resolver(() => ModerationAuditEntry)
export class AuditLogResolver {
  constructor(
    private readonly audit: AuditLogService,
    private readonly people: PeopleService,
  ) {}

  @Roles('MODERATOR', 'ADMIN')
  @Query(() => ModerationAuditConnection, {
    description: 'Moderation actions, newest first, optionally only one action, moderator or person.',
  })
  async moderationAuditLog(
    @Ctx() ctx: RequestContext,
    @Args('action', { type: () => AuditActionEnum, nullable: true, description: 'Only this action.' })
    action?: AuditAction | null,
    @Args('moderatorId', { type: () => ID, nullable: true, description: 'Only what this moderator did.' })
    moderatorId?: string | null,
    @Args('personId', { type: () => ID, nullable: true, description: 'Only what concerned this person.' })
    personId?: string | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<ModerationAuditConnection> {
    const page = await this.audit.page(ctx, { action, actorId: moderatorId, personId }, pageSize(first), after);
    return toConnection(page, toAuditEntry);
  }

  @SameAsParent()
  @ResolveField('moderator', () => Colleague, { nullable: true, description: 'Who acted; null when the system did.' })
  async moderator(@Ctx() ctx: RequestContext, @Parent() entry: ModerationAuditEntry): Promise<Colleague | null> {
    const person = await this.people.find(ctx, entry.actorId);
    return person ? toColleague(person) : null;
  }

  @SameAsParent()
  @ResolveField('person', () => Colleague, {
    nullable: true,
    description: 'Whose content or account it concerned, if anyone’s (and they still have an account).',
  })
  async person(@Ctx() ctx: RequestContext, @Parent() entry: ModerationAuditEntry): Promise<Colleague | null> {
    const person = await this.people.find(ctx, entry.personId);
    return person ? toColleague(person) : null;
  }
}
