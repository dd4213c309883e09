import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../../common/context/request-context';

/** The batched look-ups of one request's moderation fields. */
export interface ModerationLoaders {
  /** Whether the viewer has reported each post. */
  flaggedByViewer: DataLoader<string, boolean>;
  /** Open reports on each post. */
  openFlagCount: DataLoader<string, number>;
}

/** One set per request, so a thread page's moderation fields cost one statement each. */
@Injectable()
export class ModerationLoaderFactory {
  private readonly perRequest = new WeakMap<Request, ModerationLoaders>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(ctx: RequestContext): ModerationLoaders {
    let loaders = this.perRequest.get(ctx.req);
    if (!loaders) {
      loaders = this.create(ctx.actor?.id ?? null);
      this.perRequest.set(ctx.req, loaders);
    }
    return loaders;
  }

  private create(viewerId: string | null): ModerationLoaders {
    return {
      flaggedByViewer: new DataLoader(async (postIds: readonly string[]) => {
        const rows: { post_id: string }[] = viewerId
          ? await this.dataSource.query('select post_id from post_flag where flagger_id = $1 and post_id = any($2)', [
              viewerId,
              postIds,
            ])
          : [];
        const flagged = new Set(rows.map((r) => r.post_id));
        return postIds.map((id) => flagged.has(id));
      }),
      openFlagCount: new DataLoader(async (postIds: readonly string[]) => {
        const rows: { post_id: string; count: string }[] = await this.dataSource.query(
          `select post_id, count(*) from post_flag where post_id = any($1) and resolved_at is null group by post_id`,
          [postIds],
        );
        const counts = new Map(rows.map((r) => [r.post_id, Number(r.count)]));
        return postIds.map((id) => counts.get(id) ?? 0);
      }),
    };
  }
}
