import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock';
import type { RequestContext } from '../../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../../common/graphql/connection';
import { isUuid } from '../../../common/ids';
import { type AuditAction, ModerationAuditEntity } from './entities/moderation-audit.entity';
import { ModerationErrors } from './moderation.errors';
import { ModeratorScopeService } from './moderator-scope.service';

/** One entry to record (at the app clock's time). */
export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  personId?: string | null;
  postId?: string | null;
  threadId?: string | null;
  categoryId?: string | null;
  reason: string;
  detail?: string;
}

/** What the audit log may be narrowed to. */
export interface AuditFilter {
  action?: AuditAction | null;
  actorId?: string | null;
  personId?: string | null;
}

/**
 * The moderation audit log: entries are added inside the transaction of the action they
 * record (so an action and its record commit together) and never changed; moderators read
 * it newest first, filtered by action, moderator or person.
 */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: ModeratorScopeService,
    private readonly clock: Clock,
  ) {}

  /** Adds an entry in the caller's transaction. */
  async record(m: EntityManager, entry: AuditEntry): Promise<void> {
    await m.insert(ModerationAuditEntity, {
      // Milliseconds, like the cursor: a database time in microseconds would repeat across pages.
      at: this.clock.now(),
      actorId: entry.actorId,
      action: entry.action,
      personId: entry.personId ?? null,
      postId: entry.postId ?? null,
      threadId: entry.threadId ?? null,
      categoryId: entry.categoryId ?? null,
      reason: entry.reason,
      detail: entry.detail ?? '',
    });
  }

  /**
   * One page of entries, newest first (keyset on time and id; each filter has an index
   * leading with its column). FORBIDDEN for anyone but moderators and admins; BAD_USER_INPUT
   * for a filter that is not a person's id, or a cursor that is not ours.
   */
  async page(
    ctx: RequestContext,
    filter: AuditFilter,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<ModerationAuditEntity>> {
    await this.scopes.require(ctx);
    if (filter.actorId && !isUuid(filter.actorId)) throw ModerationErrors.badFilter('moderatorId');
    if (filter.personId && !isUuid(filter.personId)) throw ModerationErrors.badFilter('personId');
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || Number.isNaN(Date.parse(cursor[0])) || !isUuid(cursor[1]))) {
      throw ModerationErrors.badCursor();
    }
    const filtered = () => {
      const qb = this.dataSource.manager.createQueryBuilder(ModerationAuditEntity, 'a');
      if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
      if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
      if (filter.personId) qb.andWhere('a.person_id = :personId', { personId: filter.personId });
      return qb;
    };
    const totalCount = await filtered().getCount();
    const qb = filtered()
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first + 1);
    if (cursor) {
      qb.andWhere('(a.at, a.id) < (:at::timestamptz, :id::uuid)', { at: String(cursor[0]), id: String(cursor[1]) });
    }
    const rows = await qb.getMany();
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (a) => encodeCursor([a.at.toISOString(), a.id]),
    };
  }
}
