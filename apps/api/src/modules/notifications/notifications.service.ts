import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import {
  DiscussionEvents,
  type ModerationDecision,
  type PostChange,
  type ReactionChange,
} from '../discussion/live/discussion-events';
import { NotificationEntity } from './entities/notification.entity';
import { mentionedPersonIds } from './mentions';
import { NotificationAudience } from './notification-audience';
import type { FollowLevelName, NotificationKindName } from './notifications.constants';
import { NotificationErrors } from './notifications.errors';
import { NotificationsGateway } from './notifications.gateway';

/** What one event tells some people, written in one statement for all of them. */
interface NewNotifications {
  recipients: Map<string, NotificationKindName>;
  actorId: string | null;
  actorAnonymous: boolean;
  threadId: string | null;
  postId: string | null;
  postSeq: number | null;
  reaction?: string | null;
  moderationAction?: string | null;
  reason?: string | null;
  /** Per recipient, a key that can be written once (null: never deduplicated). */
  dedupeKey: string | null;
}

interface NewPostRow {
  thread_id: string;
  seq: number;
  author_id: string;
  body: string;
  anonymous: boolean;
  category_id: string | null;
  quoted_author_id: string | null;
}

/** Which kind wins when one person has several reasons to hear of a post: one notification each. */
const PRIORITY: NotificationKindName[] = ['MENTION', 'REPLY', 'NEW_THREAD'];

/**
 * Notifications: made from the discussion's committed events (replies in watched threads,
 * replies quoting you, mentions, new threads in watched categories, reactions to your
 * posts, moderators' decisions), each event in one insert for all its recipients, never for
 * the person who acted, never twice for the same post and person, and only for people who
 * may read the thread. New ones reach the recipient's open tabs live.
 */
@Injectable()
export class NotificationsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private readonly unsubscribe: (() => void)[] = [];
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly events: DiscussionEvents,
    private readonly audience: NotificationAudience,
    private readonly live: NotificationsGateway,
  ) {}

  onModuleInit(): void {
    this.unsubscribe.push(
      this.events.onPostChanged((change) => this.track(() => this.onPost(change))),
      this.events.onReactionChanged((change) => this.track(() => this.onReaction(change))),
      this.events.onModerationDecided((decision) => this.track(() => this.onModeration(decision))),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.unsubscribe.forEach((stop) => stop());
    await this.settled();
  }

  /** Resolves once every event heard so far has been turned into notifications (tests wait on it). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
  }

  /** The viewer's unread notifications. One statement on the unread index. */
  async unreadCount(ctx: RequestContext): Promise<number> {
    return this.countUnread(this.actorId(ctx));
  }

  /**
   * One page of the viewer's notifications, newest first (keyset on created_at, id, served
   * by notification_recipient_id_created_at_id_idx). Throws BAD_USER_INPUT for a bad cursor.
   */
  async page(ctx: RequestContext, first: number, after: string | null | undefined): Promise<Page<NotificationEntity>> {
    const recipientId = this.actorId(ctx);
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || Number.isNaN(Date.parse(cursor[0])) || !isUuid(cursor[1]))) {
      throw NotificationErrors.badCursor();
    }
    const m = this.dataSource.manager;
    const totalCount = await m.countBy(NotificationEntity, { recipientId });
    const qb = m
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.recipient_id = :recipientId', { recipientId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first + 1);
    if (cursor) {
      qb.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    }
    const rows = await qb.getMany();
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (n) => encodeCursor([n.createdAt.toISOString(), n.id]),
    };
  }

  /** Marks one of the viewer's notifications read (again is harmless). Throws NOT_FOUND for anyone else's. */
  async markRead(ctx: RequestContext, id: string): Promise<NotificationEntity> {
    const recipientId = this.actorId(ctx);
    const m = this.dataSource.manager;
    const row = isUuid(id) ? await m.findOneBy(NotificationEntity, { id, recipientId }) : null;
    if (!row) throw NotificationErrors.notificationNotFound();
    if (row.readAt) return row;
    row.readAt = this.clock.now();
    await m.update(NotificationEntity, { id: row.id }, { readAt: row.readAt });
    this.live.read(recipientId, await this.countUnread(recipientId));
    return row;
  }

  /** Marks every unread notification of the viewer read; returns how many are unread after (0). */
  async markAllRead(ctx: RequestContext): Promise<number> {
    const recipientId = this.actorId(ctx);
    await this.dataSource.query('update notification set read_at = $2 where recipient_id = $1 and read_at is null', [
      recipientId,
      this.clock.now(),
    ]);
    this.live.read(recipientId, 0);
    return 0;
  }

  /** Runs one event's work, logging (never throwing) a failure: the write it follows has committed. */
  private track(work: () => Promise<void>): void {
    const running = work()
      .catch((error: unknown) => this.logger.error({ msg: 'notifications could not be made', err: error }))
      .finally(() => this.pending.delete(running));
    this.pending.add(running);
  }

  /**
   * A new post (or one a moderator let through): the author now watches the thread (unless
   * they chose otherwise) and has read up to it; then mentioned people (unless they muted the thread), the author of a
   * quoted post (unless muted), the thread's watchers and, for a new thread, the
   * category's watchers hear of it, each once, if they may read it. Muting a forum silences
   * mentions and quotes in its threads for anyone who has not chosen a level for the thread.
   */
  private async onPost(change: PostChange): Promise<void> {
    // A post held for review is announced only once a moderator lets it through (as
    // post.restored, like a hidden post restored, which the one-per-post key makes harmless).
    if (change.type !== 'post.created' && change.type !== 'post.restored') return;
    const rows: NewPostRow[] = await this.dataSource.query(
      `select p.thread_id, p.seq, p.author_id, p.body, p.anonymous, t.category_id,
              q.author_id as quoted_author_id
         from post p join discussion_thread t on t.id = p.thread_id
         left join post q on q.id = p.quoted_post_id and q.deleted_at is null
        where p.id = $1 and p.deleted_at is null and p.moderation_state = 'VISIBLE'`,
      [change.postId],
    );
    const post = rows[0];
    if (!post) return;
    await this.dataSource.query(
      `insert into thread_reader (person_id, thread_id, level, last_read_seq) values ($1, $2, 'WATCH', $3)
       on conflict (person_id, thread_id) do update
         set level = coalesce(thread_reader.level, 'WATCH'),
             last_read_seq = greatest(thread_reader.last_read_seq, excluded.last_read_seq), updated_at = now()`,
      [post.author_id, post.thread_id, post.seq],
    );
    const mentioned = mentionedPersonIds(post.body);
    const named = [...mentioned, ...(post.quoted_author_id ? [post.quoted_author_id] : [])];
    const levels: { person_id: string; level: FollowLevelName | null }[] = await this.dataSource.query(
      `select person_id, level from thread_reader
        where thread_id = $1 and (level = 'WATCH' or person_id = any($2::uuid[]))`,
      [post.thread_id, named],
    );
    const levelOf = new Map(levels.map((r) => [r.person_id, r.level]));
    const reasons = new Map<string, NotificationKindName[]>();
    const add = (personId: string, kind: NotificationKindName) => {
      if (personId === post.author_id) return;
      reasons.set(personId, [...(reasons.get(personId) ?? []), kind]);
    };
    for (const id of mentioned) if (levelOf.get(id) !== 'MUTE') add(id, 'MENTION');
    if (post.quoted_author_id && levelOf.get(post.quoted_author_id) !== 'MUTE') add(post.quoted_author_id, 'REPLY');
    for (const [id, level] of levelOf) if (level === 'WATCH') add(id, 'REPLY');
    if (post.category_id) {
      // The forum's watchers hear of a new thread; people who muted the forum hear nothing
      // from threads they have not chosen a level for (a thread they watch still tells them).
      const followers: { person_id: string; level: FollowLevelName }[] = await this.dataSource.query(
        `select person_id, level from category_follow
          where category_id = $1 and ((level = 'WATCH' and $2) or (level = 'MUTE' and person_id = any($3::uuid[])))`,
        [post.category_id, post.seq === 1, [...reasons.keys()]],
      );
      for (const { person_id, level } of followers) {
        if (level === 'WATCH') add(person_id, 'NEW_THREAD');
        else if (!levelOf.get(person_id)) reasons.delete(person_id);
      }
    }
    const readers = new Set(
      await this.audience.readers({ id: post.thread_id, categoryId: post.category_id }, [...reasons.keys()]),
    );
    const recipients = new Map<string, NotificationKindName>();
    for (const [id, kinds] of reasons) {
      if (readers.has(id)) recipients.set(id, PRIORITY.find((kind) => kinds.includes(kind)) ?? kinds[0]);
    }
    await this.write({
      recipients,
      actorId: post.author_id,
      actorAnonymous: post.anonymous,
      threadId: post.thread_id,
      postId: change.postId,
      postSeq: post.seq,
      dedupeKey: `post:${change.postId}`,
    });
  }

  /** A reaction added to someone's post: its author hears of it once per reactor and reaction, unless muted. */
  private async onReaction(change: ReactionChange): Promise<void> {
    if (!change.added || change.postAuthorId === change.reactorId) return;
    const rows: { seq: number; category_id: string | null; level: FollowLevelName | null }[] =
      await this.dataSource.query(
        `select p.seq, t.category_id, r.level from post p join discussion_thread t on t.id = p.thread_id
         left join thread_reader r on r.thread_id = t.id and r.person_id = $2
        where p.id = $1 and p.deleted_at is null and p.moderation_state = 'VISIBLE'`,
        [change.postId, change.postAuthorId],
      );
    const row = rows[0];
    if (!row || row.level === 'MUTE') return;
    const readers = await this.audience.readers({ id: change.threadId, categoryId: row.category_id }, [
      change.postAuthorId,
    ]);
    await this.write({
      recipients: new Map(readers.map((id) => [id, 'REACTION' as const])),
      actorId: change.reactorId,
      actorAnonymous: false,
      threadId: change.threadId,
      postId: change.postId,
      postSeq: row.seq,
      reaction: change.reaction,
      dedupeKey: `reaction:${change.postId}:${change.reactorId}:${change.reaction}`,
    });
  }

  /** A moderator's decision: the person concerned always hears of it, whatever they follow. */
  private async onModeration(decision: ModerationDecision): Promise<void> {
    const rows: { seq: number }[] = decision.postId
      ? await this.dataSource.query('select seq from post where id = $1', [decision.postId])
      : [];
    await this.write({
      recipients: new Map([[decision.personId, 'MODERATION']]),
      actorId: null,
      actorAnonymous: false,
      threadId: decision.threadId,
      postId: decision.postId,
      postSeq: rows[0]?.seq ?? null,
      moderationAction: decision.action.slice(0, 40),
      reason: decision.reason.slice(0, 1000),
      dedupeKey: null,
    });
  }

  /**
   * Inserts one event's notifications in one statement (a recipient who already has one
   * under the same key gets nothing new), then tells each new recipient live.
   */
  private async write(n: NewNotifications): Promise<void> {
    if (!n.recipients.size) return;
    const ids = [...n.recipients.keys()];
    const created: { id: string; recipient_id: string }[] = await this.dataSource.query(
      `insert into notification (recipient_id, kind, actor_id, actor_anonymous, thread_id, post_id, post_seq,
                                 reaction, moderation_action, reason, dedupe_key, created_at)
       select r, k, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12 from unnest($1::uuid[], $2::text[]) as x(r, k)
       on conflict (recipient_id, dedupe_key) do nothing
       returning id, recipient_id`,
      [
        ids,
        ids.map((id) => n.recipients.get(id)),
        n.actorId,
        n.actorAnonymous,
        n.threadId,
        n.postId,
        n.postSeq,
        n.reaction ?? null,
        n.moderationAction ?? null,
        n.reason ?? null,
        n.dedupeKey,
        this.clock.now(),
      ],
    );
    if (!created.length) return;
    const counts: { recipient_id: string; unread: number }[] = await this.dataSource.query(
      `select recipient_id, count(*)::int as unread from notification
        where recipient_id = any($1::uuid[]) and read_at is null group by recipient_id`,
      [created.map((c) => c.recipient_id)],
    );
    const unread = new Map(counts.map((c) => [c.recipient_id, c.unread]));
    for (const c of created) this.live.created(c.recipient_id, c.id, unread.get(c.recipient_id) ?? 0);
  }

  private async countUnread(recipientId: string): Promise<number> {
    const rows: { unread: number }[] = await this.dataSource.query(
      'select count(*)::int as unread from notification where recipient_id = $1 and read_at is null',
      [recipientId],
    );
    return rows[0].unread;
  }

  private actorId(ctx: RequestContext): string {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor.id;
  }
}
