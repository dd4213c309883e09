import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../../common/context/request-context';
import { unauthenticated } from '../../../common/errors/domain-error';
import { isUuid } from '../../../common/ids';
import { DiscussionErrors } from '../discussion.errors';
import { PostEntity } from '../entities/post.entity';
import { DiscussionEvents } from '../live/discussion-events';
import { ThreadsService } from '../threads.service';
import { FlagRulesService } from './flag-rules.service';
import { ModerationErrors } from './moderation.errors';

/**
 * Reporting a post. Anyone signed in who can read a post may flag it once with a reason
 * (suspended people too: reporting harm is never taken away).
 */
@Injectable()
export class FlagsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly rules: FlagRulesService,
    private readonly events: DiscussionEvents,
  ) {}

  /**
   * Flags a post with a reason; at the threshold the post is hidden until reviewed. Throws
   * NOT_FOUND (a post the viewer cannot read), FORBIDDEN (their own post) and CONFLICT
   * (already flagged by them, deleted, or already hidden).
   */
  async flag(ctx: RequestContext, postId: string, reason: string): Promise<PostEntity> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    const seen = isUuid(postId) ? await this.dataSource.manager.findOneBy(PostEntity, { id: postId }) : null;
    if (!seen || seen.moderationState === 'HELD' || !(await this.threads.find(ctx, seen.threadId))) {
      throw DiscussionErrors.postNotFound();
    }
    if (seen.authorId === actor.id) throw ModerationErrors.ownPost();
    const { post, hidden } = await this.dataSource.transaction(async (m) => {
      const locked = await m.findOneOrFail(PostEntity, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
      if (locked.deletedAt) throw ModerationErrors.deletedPost();
      if (locked.moderationState === 'HIDDEN') throw ModerationErrors.alreadyHidden();
      const inserted: unknown[] = await m.query(
        `insert into post_flag (post_id, flagger_id, reason) values ($1, $2, $3)
         on conflict (post_id, flagger_id) do nothing returning id`,
        [postId, actor.id, reason],
      );
      if (!inserted.length) throw ModerationErrors.alreadyFlagged();
      return { post: locked, hidden: await this.rules.afterFlag(m, locked) };
    });
    if (hidden) {
      this.events.postChanged({ type: 'post.hidden', threadId: post.threadId, postId: post.id });
      this.events.moderationDecided({
        personId: post.authorId,
        action: 'AUTO_HIDE_POST',
        postId: post.id,
        threadId: post.threadId,
        reason: 'Several people reported it: it is hidden until a moderator reviews it.',
      });
    }
    return post;
  }
}
