import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../../common/context/request-context';

/**
 * How many threads each category holds, for the forum list: one grouped statement for every
 * category a request shows (served by discussion_thread_category_activity_idx).
 */
@Injectable()
export class ThreadCountsService {
  private readonly perRequest = new WeakMap<Request, DataLoader<string, number>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The number of threads in a category (the caller has checked the viewer may see it). */
  count(ctx: RequestContext, categoryId: string): Promise<number> {
    let loader = this.perRequest.get(ctx.req);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => this.counts(ids));
      this.perRequest.set(ctx.req, loader);
    }
    return loader.load(categoryId);
  }

  private async counts(ids: readonly string[]): Promise<number[]> {
    const rows: { category_id: string; count: number }[] = await this.dataSource.query(
      `select category_id, count(*)::int as count from discussion_thread
        where category_id = any($1::uuid[]) group by category_id`,
      [ids],
    );
    return ids.map((id) => rows.find((row) => row.category_id === id)?.count ?? 0);
  }
}
