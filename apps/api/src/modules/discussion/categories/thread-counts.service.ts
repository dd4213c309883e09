import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../../common/context/request-context';
import { ModeratorScopeService } from '../moderation/moderator-scope.service';
import { HELD_FOR_OTHERS } from '../threads.service';

/**
 * How many threads each category holds, for the forum list: one grouped statement for every
 * category a request shows (served by discussion_thread_category_activity_idx). It counts
 * what the viewer can list: a thread whose opening post is held for review only for its
 * author and the moderators in charge of its category.
 */
@Injectable()
export class ThreadCountsService {
  private readonly perRequest = new WeakMap<Request, DataLoader<string, number>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: ModeratorScopeService,
  ) {}

  /** The number of threads in a category (the caller has checked the viewer may see it). */
  count(ctx: RequestContext, categoryId: string): Promise<number> {
    let loader = this.perRequest.get(ctx.req);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => this.counts(ctx, ids));
      this.perRequest.set(ctx.req, loader);
    }
    return loader.load(categoryId);
  }

  private async counts(ctx: RequestContext, ids: readonly string[]): Promise<number[]> {
    const scope = await this.scopes.scope(ctx);
    const rows: { category_id: string; count: number }[] = await this.dataSource.manager
      .createQueryBuilder()
      .select('t.category_id', 'category_id')
      .addSelect('count(*)::int', 'count')
      .from('discussion_thread', 't')
      .where('t.category_id = any(:ids::uuid[])', { ids })
      .andWhere(`(:everywhere::boolean or t.category_id = any(:inCharge::uuid[]) or not ${HELD_FOR_OTHERS})`, {
        everywhere: scope?.kind === 'ALL',
        inCharge: scope?.kind === 'CATEGORIES' ? scope.categoryIds : [],
        viewerId: ctx.actor?.id ?? null,
      })
      .groupBy('t.category_id')
      .getRawMany();
    return ids.map((id) => rows.find((row) => row.category_id === id)?.count ?? 0);
  }
}
