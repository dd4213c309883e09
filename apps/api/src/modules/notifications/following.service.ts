import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { unauthenticated } from '../../common/errors/domain-error';
import type { RequestContext } from '../../common/context/request-context';
import type { DiscussionThreadEntity } from '../discussion/entities/discussion-thread.entity';
import type { ForumCategoryEntity } from '../discussion/entities/forum-category.entity';
import { ForumCategoriesService } from '../discussion/forum-categories.service';
import { ThreadsService } from '../discussion/threads.service';
import type { FollowLevelName } from './notifications.constants';
import { NotificationErrors } from './notifications.errors';

/** The viewer's relation to one thread: the level (null when never chosen) and how far they have read. */
export interface ReaderState {
  level: FollowLevelName | null;
  lastReadSeq: number;
}

const NEVER_READ: ReaderState = { level: null, lastReadSeq: 0 };

interface FollowingLoaders {
  thread: DataLoader<string, ReaderState>;
  category: DataLoader<string, FollowLevelName | null>;
}

/**
 * Following and read positions: how closely the viewer follows each thread and category,
 * and the last post they have seen in each thread. Lists read them through per-request
 * loaders, so a page of threads costs one statement however long it is.
 */
@Injectable()
export class FollowingService {
  private readonly perRequest = new WeakMap<Request, FollowingLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly categories: ForumCategoriesService,
  ) {}

  /** The viewer's level and read position in a thread (batched; defaults when none). */
  readerState(ctx: RequestContext, threadId: string): Promise<ReaderState> {
    return this.loaders(ctx)?.thread.load(threadId) ?? Promise.resolve(NEVER_READ);
  }

  /** The viewer's level for a category (batched); null when never chosen. */
  async categoryLevel(ctx: RequestContext, categoryId: string): Promise<FollowLevelName | null> {
    return (await this.loaders(ctx)?.category.load(categoryId)) ?? null;
  }

  /** Sets how closely the viewer follows a thread they may read. Throws NOT_FOUND. */
  async followThread(ctx: RequestContext, threadId: string, level: FollowLevelName): Promise<DiscussionThreadEntity> {
    const actorId = this.actorId(ctx);
    const { thread } = await this.threads.get(ctx, threadId);
    await this.dataSource.query(
      `insert into thread_reader (person_id, thread_id, level) values ($1, $2, $3)
       on conflict (person_id, thread_id) do update set level = excluded.level, updated_at = now()`,
      [actorId, thread.id, level],
    );
    this.loaders(ctx)?.thread.clear(thread.id);
    return thread;
  }

  /** Sets how closely the viewer follows a category they may see. Throws NOT_FOUND. */
  async followCategory(ctx: RequestContext, categoryId: string, level: FollowLevelName): Promise<ForumCategoryEntity> {
    const actorId = this.actorId(ctx);
    const category = await this.categories.get(ctx, categoryId);
    await this.dataSource.query(
      `insert into category_follow (person_id, category_id, level) values ($1, $2, $3)
       on conflict (person_id, category_id) do update set level = excluded.level`,
      [actorId, category.id, level],
    );
    this.loaders(ctx)?.category.clear(category.id);
    return category;
  }

  /**
   * Records that the viewer has seen a thread up to post `seq`. The position only moves
   * forward, so pages open in two tabs cannot move it back. Throws NOT_FOUND, and
   * BAD_USER_INPUT for a seq beyond the thread's last post.
   */
  async markRead(ctx: RequestContext, threadId: string, seq: number): Promise<DiscussionThreadEntity> {
    const actorId = this.actorId(ctx);
    const { thread } = await this.threads.get(ctx, threadId);
    if (seq > thread.seq) throw NotificationErrors.seqOutOfRange(thread.seq);
    await this.dataSource.query(
      `insert into thread_reader (person_id, thread_id, last_read_seq) values ($1, $2, $3)
       on conflict (person_id, thread_id) do update
         set last_read_seq = greatest(thread_reader.last_read_seq, excluded.last_read_seq), updated_at = now()
         where thread_reader.last_read_seq < excluded.last_read_seq`,
      [actorId, thread.id, seq],
    );
    this.loaders(ctx)?.thread.clear(thread.id);
    return thread;
  }

  private actorId(ctx: RequestContext): string {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor.id;
  }

  private loaders(ctx: RequestContext): FollowingLoaders | null {
    const actorId = ctx.actor?.id;
    if (!actorId) return null;
    let loaders = this.perRequest.get(ctx.req);
    if (!loaders) {
      loaders = this.create(actorId);
      this.perRequest.set(ctx.req, loaders);
    }
    return loaders;
  }

  private create(actorId: string): FollowingLoaders {
    const db = this.dataSource;
    return {
      thread: new DataLoader(async (ids: readonly string[]) => {
        const rows: { thread_id: string; level: FollowLevelName | null; last_read_seq: number }[] = await db.query(
          `select thread_id, level, last_read_seq from thread_reader where person_id = $1 and thread_id = any($2::uuid[])`,
          [actorId, ids],
        );
        const byId = new Map(rows.map((r) => [r.thread_id, { level: r.level, lastReadSeq: r.last_read_seq }]));
        return ids.map((id) => byId.get(id) ?? NEVER_READ);
      }),
      category: new DataLoader(async (ids: readonly string[]) => {
        const rows: { category_id: string; level: FollowLevelName }[] = await db.query(
          `select category_id, level from category_follow where person_id = $1 and category_id = any($2::uuid[])`,
          [actorId, ids],
        );
        const byId = new Map(rows.map((r) => [r.category_id, r.level]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
  }
}
