import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../../common/graphql/connection';
import { isUuid } from '../../../common/ids';
import { canManageForum } from '../discussion.policy';
import { PostEntity } from '../entities/post.entity';
import { PostFlagEntity } from './entities/post-flag.entity';
import { ModerationErrors } from './moderation.errors';
import { ModeratorScopeService } from './moderator-scope.service';

/**
 * SQL true when the viewer (`:roles`, `:organisationId`) may read category `c` of thread
 * `t`, as canSeeCategory decides (a lesson's thread has no category).
 */
const READABLE_CATEGORY = `(t.category_id is null
  or cardinality(c.allowed_roles) + cardinality(c.allowed_sectors) + cardinality(c.allowed_organisation_ids) = 0
  or c.allowed_roles && :roles::text[]
  or :organisationId::uuid = any(c.allowed_organisation_ids)
  or (select o.sector from organisation o where o.id = :organisationId::uuid) = any(c.allowed_sectors))`;

/** A post in the queue with its open flags. */
export interface QueuedPost {
  post: PostEntity;
  flags: PostFlagEntity[];
}

/**
 * The moderation queue: posts reported or held, oldest first, limited to the categories
 * the moderator looks after (lessons' discussions only for forum-wide moderators) and
 * may read: a category restricted to roles, sectors or organisations the moderator is not
 * in stays out of their queue, as its threads answer NOT_FOUND to their actions (admins
 * read every category). A page costs two statements (posts, then their open flags) and a count.
 */
@Injectable()
export class ModerationQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: ModeratorScopeService,
  ) {}

  /** One page of the queue. FORBIDDEN for anyone but moderators and admins. */
  async page(ctx: RequestContext, first: number, after: string | null | undefined): Promise<Page<QueuedPost>> {
    const { actor, scope } = await this.scopes.require(ctx);
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || Number.isNaN(Date.parse(cursor[0])) || !isUuid(cursor[1]))) {
      throw ModerationErrors.badCursor();
    }
    const queued = () => {
      const qb = this.dataSource.manager
        .createQueryBuilder(PostEntity, 'p')
        .innerJoin('discussion_thread', 't', 't.id = p.thread_id')
        .where('p.queued_at is not null and p.deleted_at is null');
      if (scope.kind === 'CATEGORIES') {
        qb.andWhere('t.category_id in (:...categoryIds)', { categoryIds: scope.categoryIds });
      }
      if (!canManageForum(actor)) {
        qb.leftJoin('forum_category', 'c', 'c.id = t.category_id').andWhere(READABLE_CATEGORY, {
          roles: actor.roles,
          organisationId: actor.organisationId,
        });
      }
      return qb;
    };
    const totalCount = await queued().getCount();
    const qb = queued()
      .orderBy('p.queued_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(first + 1);
    if (cursor) {
      qb.andWhere('(p.queued_at, p.id) > (:at::timestamptz, :id::uuid)', {
        at: String(cursor[0]),
        id: String(cursor[1]),
      });
    }
    const posts = (await qb.getMany()).slice(0, first + 1);
    const shown = posts.slice(0, first);
    const flags = shown.length
      ? await this.dataSource.manager
          .createQueryBuilder(PostFlagEntity, 'f')
          .where('f.post_id in (:...ids) and f.resolved_at is null', { ids: shown.map((p) => p.id) })
          .orderBy('f.created_at', 'ASC')
          .getMany()
      : [];
    return {
      items: shown.map((post) => ({ post, flags: flags.filter((f) => f.postId === post.id) })),
      hasNextPage: posts.length > first,
      totalCount,
      cursorOf: ({ post }) => encodeCursor([(post.queuedAt ?? post.createdAt).toISOString(), post.id]),
    };
  }
}
