import { Injectable } from '@nestjs/common';
import { MYTH_LIMITS } from '@common-ground/shared';
import { Clock } from '../../../common/clock';
import type { RequestContext } from '../../../common/context/request-context';
import { unauthenticated } from '../../../common/errors/domain-error';
import { ThreadsService } from '../../discussion/threads.service';
import { isUniqueViolation } from '../../identity/identity.errors';
import type { ContentItemEntity } from '../entities/content-item.entity';
import { WorkflowService } from '../workflow.service';
import { MythEntity } from './entities/myth.entity';
import { MythErrors } from './myth.errors';

/**
 * "Report a rumour": a member of staff who reads something doubtful in a forum post or a
 * comment passes it to the editors, where it waits as a DRAFT myth with no verdict, linked to
 * the post. Only editors see the draft (it has no author); the reporter is told it was sent.
 */
@Injectable()
export class RumourService {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly threads: ThreadsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Files what the person heard as a draft myth linked to the post. Throws UNAUTHENTICATED,
   * NOT_FOUND (a post they may not read, or deleted), CONFLICT (they already reported a rumour
   * from this post), RATE_LIMITED (MYTH_LIMITS.rumoursPerHour in the last hour).
   */
  async report(ctx: RequestContext, postId: string, heard: string): Promise<ContentItemEntity> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    const post = await this.threads.readablePost(ctx, postId);
    if (!post) throw MythErrors.postNotFound();
    const now = this.clock.now();
    const fields = { title: heard, summary: '', body: '', audience: 'STAFF' as const };
    try {
      return await this.workflow.createUnowned(ctx, 'MYTH', fields, async (m, item) => {
        // One report at a time per person, so reports sent at once cannot pass the limit together.
        await m.query('select pg_advisory_xact_lock(hashtext($1))', [`rumour-report:${actor.id}`]);
        const recent: { n: string; again: boolean }[] = await m.query(
          `select count(*) filter (where reported_at > $2::timestamptz - interval '1 hour') as n,
                  coalesce(bool_or(heard_in_post_id = $3), false) as again
             from myth where reported_by_id = $1`,
          [actor.id, now, post.id],
        );
        if (recent[0]?.again) throw MythErrors.alreadyReported();
        if (Number(recent[0]?.n ?? 0) >= MYTH_LIMITS.rumoursPerHour) throw MythErrors.tooManyReports();
        await m.insert(MythEntity, {
          contentItemId: item.id,
          verdict: null,
          heardInPostId: post.id,
          reportedById: actor.id,
          reportedAt: now,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'myth_reported_by_id_heard_in_post_id_key')) throw MythErrors.alreadyReported();
      throw error;
    }
  }
}
