import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock';
import type { RequestContext } from '../../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../../common/graphql/connection';
import { isUuid } from '../../../common/ids';
import { PersonEntity } from '../../identity/entities/person.entity';
import { DiscussionEvents } from '../live/discussion-events';
import { AuditLogService } from './audit-log.service';
import { SuspensionEntity } from './entities/suspension.entity';
import { londonDateTime } from './london-date-time';
import { ModerationErrors } from './moderation.errors';
import { ModeratorScopeService } from './moderator-scope.service';

/**
 * Suspensions: a person barred from writing (posting, editing, reacting, typing) for a
 * period, still able to read. Writers call assertNotSuspended before every write.
 */
@Injectable()
export class SuspensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly scopes: ModeratorScopeService,
    private readonly audit: AuditLogService,
    private readonly events: DiscussionEvents,
  ) {}

  /** When the person's current suspension ends, or null when they are not suspended (one statement). */
  async activeUntil(personId: string): Promise<Date | null> {
    const rows: { ends_at: Date }[] = await this.dataSource.query(
      `select ends_at from suspension where person_id = $1 and lifted_at is null and ends_at > $2
        order by ends_at desc limit 1`,
      [personId, this.clock.now()],
    );
    return rows[0]?.ends_at ?? null;
  }

  /** Throws FORBIDDEN, saying until when, while the person is suspended. For every discussion write. */
  async assertNotSuspended(personId: string): Promise<void> {
    const until = await this.activeUntil(personId);
    if (until) throw ModerationErrors.suspended(until);
  }

  /**
   * Suspends a person for `hours` with a reason (forum-wide moderators and admins). Throws
   * FORBIDDEN, NOT_FOUND (person), BAD_USER_INPUT (oneself) and CONFLICT (already suspended).
   */
  async suspend(ctx: RequestContext, personId: string, hours: number, reason: string): Promise<SuspensionEntity> {
    const actor = await this.scopes.requireForumWide(ctx);
    if (personId === actor.id) throw ModerationErrors.cannotSuspendSelf();
    const now = this.clock.now();
    const suspension = await this.dataSource.transaction(async (m) => {
      const person = isUuid(personId)
        ? await m.findOne(PersonEntity, { where: { id: personId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!person) throw ModerationErrors.personNotFound();
      const active = await m
        .createQueryBuilder(SuspensionEntity, 's')
        .where('s.person_id = :personId and s.lifted_at is null and s.ends_at > :now', { personId, now })
        .getCount();
      if (active) throw ModerationErrors.alreadySuspended();
      const endsAt = new Date(now.getTime() + hours * 3_600_000);
      const saved = await m.save(
        m.create(SuspensionEntity, { personId, suspendedById: actor.id, reason, startsAt: now, endsAt }),
      );
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'SUSPEND_PERSON',
        personId,
        reason,
        detail: `Until ${londonDateTime(endsAt)}`,
      });
      return saved;
    });
    this.events.moderationDecided({ personId, action: 'SUSPEND_PERSON', postId: null, threadId: null, reason });
    return suspension;
  }

  /** Ends a suspension early. Throws FORBIDDEN, NOT_FOUND and CONFLICT (already over). */
  async lift(ctx: RequestContext, suspensionId: string, reason: string): Promise<SuspensionEntity> {
    const actor = await this.scopes.requireForumWide(ctx);
    const now = this.clock.now();
    const lifted = await this.dataSource.transaction(async (m) => {
      const suspension = isUuid(suspensionId)
        ? await m.findOne(SuspensionEntity, { where: { id: suspensionId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!suspension) throw ModerationErrors.suspensionNotFound();
      if (suspension.liftedAt || suspension.endsAt <= now) throw ModerationErrors.suspensionOver();
      suspension.liftedAt = now;
      await m.save(suspension);
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'LIFT_SUSPENSION',
        personId: suspension.personId,
        reason,
      });
      return suspension;
    });
    this.events.moderationDecided({
      personId: lifted.personId,
      action: 'LIFT_SUSPENSION',
      postId: null,
      threadId: null,
      reason,
    });
    return lifted;
  }

  /** Suspensions in force, ending soonest first (keyset on end and id). Moderators only. */
  async active(ctx: RequestContext, first: number, after: string | null | undefined): Promise<Page<SuspensionEntity>> {
    await this.scopes.require(ctx);
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || Number.isNaN(Date.parse(cursor[0])) || !isUuid(cursor[1]))) {
      throw ModerationErrors.badCursor();
    }
    const now = this.clock.now();
    const inForce = () =>
      this.dataSource.manager
        .createQueryBuilder(SuspensionEntity, 's')
        .where('s.lifted_at is null and s.ends_at > :now', { now });
    const totalCount = await inForce().getCount();
    const qb = inForce()
      .orderBy('s.ends_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(first + 1);
    if (cursor) {
      qb.andWhere('(s.ends_at, s.id) > (:endsAt::timestamptz, :id::uuid)', {
        endsAt: String(cursor[0]),
        id: String(cursor[1]),
      });
    }
    const rows = await qb.getMany();
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (s) => encodeCursor([s.endsAt.toISOString(), s.id]),
    };
  }
}
