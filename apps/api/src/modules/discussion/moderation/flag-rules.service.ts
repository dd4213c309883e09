import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../../common/clock';
import { PostEntity } from '../entities/post.entity';
import { CHANGED_NOW } from '../live/post-changes';
import { AuditLogService } from './audit-log.service';
import { PostFlagEntity } from './entities/post-flag.entity';
import { ModerationSettingsService } from './moderation-settings.service';

/**
 * What follows a new flag, in the transaction that adds it: the post joins the moderation
 * queue, and once its open flags reach the threshold it is hidden until a moderator
 * reviews it (recorded in the audit log as the system's decision).
 */
@Injectable()
export class FlagRulesService {
  constructor(
    private readonly clock: Clock,
    private readonly settings: ModerationSettingsService,
    private readonly audit: AuditLogService,
  ) {}

  /** Queues the (row-locked) post and hides it at the threshold; true when this hid it. */
  async afterFlag(m: EntityManager, post: PostEntity): Promise<boolean> {
    const { flagThreshold } = await this.settings.get(m);
    const open = await m
      .createQueryBuilder(PostFlagEntity, 'f')
      .where('f.post_id = :postId and f.resolved_at is null', { postId: post.id })
      .getCount();
    const hide = post.moderationState === 'VISIBLE' && open >= flagThreshold;
    await m.update(PostEntity, post.id, {
      queuedAt: post.queuedAt ?? this.clock.now(),
      ...(hide ? { moderationState: 'HIDDEN' as const, changedSeq: CHANGED_NOW } : {}),
    });
    post.queuedAt = post.queuedAt ?? this.clock.now();
    if (!hide) return false;
    post.moderationState = 'HIDDEN';
    await this.audit.record(m, {
      actorId: null,
      action: 'AUTO_HIDE_POST',
      personId: post.authorId,
      postId: post.id,
      threadId: post.threadId,
      reason: `Reported ${open} times: hidden until a moderator reviews it.`,
    });
    return true;
  }
}
