import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { POST_REACTIONS, type PostReactionCount, type PostReactionName } from '@common-ground/shared';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock';
import type { RequestContext } from '../../../common/context/request-context';
import { unauthenticated } from '../../../common/errors/domain-error';
import { DiscussionErrors } from '../discussion.errors';
import { DiscussionLoaderFactory } from '../discussion.loaders';
import type { WrittenPost } from '../discussion.service';
import { DiscussionEvents } from '../live/discussion-events';
import { RateWindow } from '../live/rate-window';
import { SuspensionsService } from '../moderation/suspensions.service';
import { ThreadsService } from '../threads.service';
import { ReactionErrors } from './reactions.errors';

/** Reactions added or taken off by one person in any minute, per instance: each one is broadcast to every viewer. */
export const REACTIONS_PER_MINUTE = 30;

/** One reaction on one post as a viewer sees it: how many left it, and whether they did. */
export interface ReactionTally extends PostReactionCount {
  viewerReacted: boolean;
}

interface TallyRow {
  post_id: string;
  reaction: PostReactionName;
  count: number;
  mine: boolean | null;
}

/** Every reaction in POST_REACTIONS order, zero where nobody left it. */
function tallyOf(rows: readonly TallyRow[]): ReactionTally[] {
  return POST_REACTIONS.map((reaction) => {
    const row = rows.find((r) => r.reaction === reaction);
    return { reaction, count: row?.count ?? 0, viewerReacted: !!row?.mine };
  });
}

/**
 * Reactions to posts: a reader adds or takes off one of POST_REACTIONS, and every list of
 * posts reads the counts (and the viewer's own) in one statement per page. Changes are
 * announced after they commit, so viewers' counts update live and the writer is notified.
 */
@Injectable()
export class ReactionsService {
  private readonly perRequest = new WeakMap<Request, DataLoader<string, ReactionTally[]>>();
  private readonly changes = new RateWindow(REACTIONS_PER_MINUTE, 60_000);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DiscussionLoaderFactory,
    private readonly threads: ThreadsService,
    private readonly events: DiscussionEvents,
    private readonly suspensions: SuspensionsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds (`reacted` true) or takes off one reaction of the viewer's to a post they may read.
   * Doing what is already done changes nothing and announces nothing. Throws
   * UNAUTHENTICATED, NOT_FOUND (a post they may not read), FORBIDDEN (their own post, or
   * while suspended, saying until when) and CONFLICT (a deleted, hidden or held post, a
   * locked thread) and RATE_LIMITED past REACTIONS_PER_MINUTE.
   */
  async set(ctx: RequestContext, postId: string, reaction: PostReactionName, reacted: boolean): Promise<WrittenPost> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    const post = await this.loaders.for(ctx).post.load(postId);
    const visible = post ? await this.threads.find(ctx, post.threadId) : null;
    if (!post || !visible) throw DiscussionErrors.postNotFound();
    if (post.authorId === actor.id) throw ReactionErrors.ownPost();
    if (post.deletedAt) throw ReactionErrors.deleted();
    if (post.moderationState !== 'VISIBLE') throw ReactionErrors.concealed();
    if (visible.thread.locked) throw ReactionErrors.locked();
    await this.suspensions.assertNotSuspended(actor.id);
    if (!this.changes.take(actor.id, this.clock.now().getTime())) throw ReactionErrors.tooFast();
    const changed: unknown[] = reacted
      ? await this.dataSource.query(
          `insert into post_reaction (post_id, person_id, reaction) values ($1, $2, $3)
           on conflict do nothing returning post_id`,
          [post.id, actor.id, reaction],
        )
      : await this.dataSource.query(
          'delete from post_reaction where post_id = $1 and person_id = $2 and reaction = $3 returning post_id',
          [post.id, actor.id, reaction],
        );
    this.perRequest.get(ctx.req)?.clear(post.id);
    if (changed.length) {
      this.events.reactionChanged({
        threadId: post.threadId,
        postId: post.id,
        postAuthorId: post.authorId,
        reactorId: actor.id,
        reaction,
        added: reacted,
      });
    }
    return { post, thread: visible.thread };
  }

  /** A post's reactions for the viewer (batched with every other post of the request). */
  tally(ctx: RequestContext, postId: string): Promise<ReactionTally[]> {
    let loader = this.perRequest.get(ctx.req);
    if (!loader) {
      const viewerId = ctx.actor?.id ?? null;
      loader = new DataLoader((ids: readonly string[]) => this.tallies(ids, viewerId));
      this.perRequest.set(ctx.req, loader);
    }
    return loader.load(postId);
  }

  /** A post's counts as everyone sees them (for the live broadcast, which goes to all viewers alike). */
  async counts(postId: string): Promise<PostReactionCount[]> {
    const [tally] = await this.tallies([postId], null);
    return tally.map(({ reaction, count }) => ({ reaction, count }));
  }

  private async tallies(postIds: readonly string[], viewerId: string | null): Promise<ReactionTally[][]> {
    const rows: TallyRow[] = await this.dataSource.query(
      `select post_id, reaction, count(*)::int as count, bool_or(person_id = $2::uuid) as mine
         from post_reaction where post_id = any($1::uuid[]) group by post_id, reaction`,
      [postIds, viewerId],
    );
    return postIds.map((id) => tallyOf(rows.filter((row) => row.post_id === id)));
  }
}
