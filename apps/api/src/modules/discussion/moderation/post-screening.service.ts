import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { Clock } from '../../../common/clock';
import { PostEntity } from '../entities/post.entity';
import { CHANGED_NOW } from '../live/post-changes';
import { DiscussionEvents } from '../live/discussion-events';
import { AuditLogService } from './audit-log.service';
import { PostFlagEntity } from './entities/post-flag.entity';
import { FlagRulesService } from './flag-rules.service';
import { ModerationErrors } from './moderation.errors';
import { ModerationSettingsService } from './moderation-settings.service';
import { SuspensionsService } from './suspensions.service';
import { escapeHtml, type WordScreening, screenWords } from './watched-words';
import { WatchedWordsService } from './watched-words.service';

/** What moderation made of a post just written. */
export interface ScreeningOutcome {
  /** Held for review now: nobody but its author and moderators sees it. */
  held: boolean;
  /** Hidden now because automatic flags reached the threshold. */
  autoHidden: boolean;
  post: PostEntity;
}

/**
 * Moderation's checks on every post written through DiscussionService: before the write,
 * the author must not be suspended and the text must hold no blocking word; in the write's
 * transaction, a post with a HOLD word (or one of a person's first posts, when that setting
 * is on) is held, and FLAG words flag it automatically.
 */
@Injectable()
export class PostScreeningService {
  constructor(
    private readonly clock: Clock,
    private readonly suspensions: SuspensionsService,
    private readonly words: WatchedWordsService,
    private readonly settings: ModerationSettingsService,
    private readonly rules: FlagRulesService,
    private readonly audit: AuditLogService,
    private readonly events: DiscussionEvents,
  ) {}

  /**
   * Checks a post (and a new thread's title) before it is written. Throws FORBIDDEN
   * (suspended, saying until when) and BAD_USER_INPUT naming a blocked word; returns what
   * the watched words found.
   */
  async check(authorId: string, sanitisedBody: string, title?: string): Promise<WordScreening> {
    await this.suspensions.assertNotSuspended(authorId);
    const text = title === undefined ? sanitisedBody : `<p>${escapeHtml(title)}</p>${sanitisedBody}`;
    const screening = screenWords(text, await this.words.all());
    if (screening.blocked) throw ModerationErrors.blockedWord(screening.blocked);
    return screening;
  }

  /**
   * Applies the screening to a post just inserted or edited (row written in `m`): holds it,
   * or flags it, as the words and settings say. A new post is also held while its author
   * has fewer published posts than the "hold first posts" setting.
   */
  async apply(m: EntityManager, post: PostEntity, screening: WordScreening, isNew: boolean): Promise<ScreeningOutcome> {
    let holdReason = screening.hold ? 'It contains a watched word held for review.' : null;
    if (!holdReason && isNew) {
      const { holdFirstPosts } = await this.settings.get(m);
      if (holdFirstPosts > 0) {
        const published: { count: string }[] = await m.query(
          `select count(*) from post where author_id = $1 and id <> $2 and moderation_state <> 'HELD'`,
          [post.authorId, post.id],
        );
        if (Number(published[0].count) < holdFirstPosts) {
          holdReason = `The first ${holdFirstPosts} posts of each person are reviewed before others see them.`;
        }
      }
    }
    if (holdReason && post.moderationState === 'VISIBLE') {
      post.moderationState = 'HELD';
      post.queuedAt = post.queuedAt ?? this.clock.now();
      await m.update(PostEntity, post.id, {
        moderationState: 'HELD',
        queuedAt: post.queuedAt,
        // An edit held for review leaves readers' view: those away are told when they come back.
        ...(isNew ? {} : { changedSeq: CHANGED_NOW }),
      });
      await this.audit.record(m, {
        actorId: null,
        action: 'HOLD_POST',
        personId: post.authorId,
        postId: post.id,
        threadId: post.threadId,
        reason: holdReason,
      });
      return { held: true, autoHidden: false, post };
    }
    let autoHidden = false;
    for (const word of screening.flagged) {
      const reason = `Contains the watched word “${word}”.`;
      const open = await m.existsBy(PostFlagEntity, { postId: post.id, reason, resolvedAt: IsNull() });
      if (open) continue;
      await m.insert(PostFlagEntity, { postId: post.id, flaggerId: null, reason });
      autoHidden = (await this.rules.afterFlag(m, post)) || autoHidden;
    }
    return { held: false, autoHidden, post };
  }

  /** Tells the author about an automatic hide, once the write has committed. */
  afterCommit(outcome: ScreeningOutcome): void {
    if (!outcome.autoHidden) return;
    this.events.moderationDecided({
      personId: outcome.post.authorId,
      action: 'AUTO_HIDE_POST',
      postId: outcome.post.id,
      threadId: outcome.post.threadId,
      reason: 'It contains a watched word and was reported: it is hidden until a moderator reviews it.',
    });
  }
}
