import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { DataSource, In } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostEntity } from './entities/post.entity';

/** The rows for `ids`, in the order asked, null where none was found. */
function inOrder<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
}

/** The batched look-ups of one request (no visibility checks: callers check). */
export interface DiscussionLoaders {
  category: DataLoader<string, ForumCategoryEntity | null>;
  thread: DataLoader<string, DiscussionThreadEntity | null>;
  post: DataLoader<string, PostEntity | null>;
  /** Earlier versions of each post, oldest first. */
  revisions: DataLoader<string, PostRevisionEntity[]>;
}

/**
 * One set of DataLoaders per request, so a thread page costs one statement per kind of
 * related row however many posts it shows.
 */
@Injectable()
export class DiscussionLoaderFactory {
  private readonly perRequest = new WeakMap<Request, DiscussionLoaders>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The loaders of this request, created on first use. */
  for(ctx: RequestContext): DiscussionLoaders {
    let loaders = this.perRequest.get(ctx.req);
    if (!loaders) {
      loaders = this.create();
      this.perRequest.set(ctx.req, loaders);
    }
    return loaders;
  }

  private create(): DiscussionLoaders {
    const m = this.dataSource.manager;
    return {
      category: new DataLoader(async (ids: readonly string[]) =>
        inOrder(ids, await m.findBy(ForumCategoryEntity, { id: In([...ids]) })),
      ),
      thread: new DataLoader(async (ids: readonly string[]) =>
        inOrder(ids, await m.findBy(DiscussionThreadEntity, { id: In([...ids]) })),
      ),
      post: new DataLoader(async (ids: readonly string[]) =>
        inOrder(ids, await m.findBy(PostEntity, { id: In([...ids]) })),
      ),
      revisions: new DataLoader(async (postIds: readonly string[]) => {
        const rows = await m.find(PostRevisionEntity, {
          where: { postId: In([...postIds]) },
          order: { writtenAt: 'ASC' },
        });
        return postIds.map((id) => rows.filter((r) => r.postId === id));
      }),
    };
  }
}
