import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { Ctx, SameAsParent, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { DiscussionThread, toDiscussionThread } from '../discussion/models/discussion-thread.model';
import { ThreadsService, type VisibleThread } from '../discussion/threads.service';
import { Colleague, toColleague } from '../identity/models/colleague.model';
import { PeopleService } from '../identity/people.service';
import { NotificationIdInput } from './dto/notification.inputs';
import {
  Notification,
  NotificationConnection,
  NotificationCount,
  NotificationLesson,
  toNotification,
} from './models/notification.model';
import { NotificationsService } from './notifications.service';

/** The viewer's notifications: the list, the unread count, and marking them read. */
@Resolver(() => Notification)
export class NotificationResolver {
  /**
   * Each thread looked up once per request, however many notifications point at it; the
   * threads (and the lessons of lesson discussions) of a page are read together.
   */
  private readonly threadsPerRequest = new WeakMap<Request, DataLoader<string, VisibleThread | null>>();

  constructor(
    private readonly service: NotificationsService,
    private readonly threads: ThreadsService,
    private readonly people: PeopleService,
  ) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first.' })
  async notifications(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<NotificationConnection> {
    return toConnection(await this.service.page(ctx, pageSize(first), after), toNotification);
  }

  @SignedIn()
  @Query(() => NotificationCount, { description: 'How many notifications the viewer has not read (the bell).' })
  async notificationCount(@Ctx() ctx: RequestContext): Promise<NotificationCount> {
    return { unread: await this.service.unreadCount(ctx) };
  }

  @SignedIn()
  @Mutation(() => Notification, { description: 'Marks one of the viewer’s notifications read.' })
  async markNotificationRead(
    @Ctx() ctx: RequestContext,
    @Args('input') input: NotificationIdInput,
  ): Promise<Notification> {
    return toNotification(await this.service.markRead(ctx, input.notificationId));
  }

  @SignedIn()
  @Mutation(() => NotificationCount, { description: 'Marks all the viewer’s notifications read.' })
  async markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<NotificationCount> {
    return { unread: await this.service.markAllRead(ctx) };
  }

  @SameAsParent()
  @ResolveField('actor', () => Colleague, {
    nullable: true,
    description: 'Who did it; null for a moderator’s decision and when they posted anonymously.',
  })
  async actor(@Ctx() ctx: RequestContext, @Parent() notification: Notification): Promise<Colleague | null> {
    const person = await this.people.find(ctx, notification.actorId);
    return person ? toColleague(person) : null;
  }

  @SameAsParent()
  @ResolveField('thread', () => DiscussionThread, {
    nullable: true,
    description: 'The thread it happened in; null when the viewer may no longer read it.',
  })
  async thread(@Ctx() ctx: RequestContext, @Parent() notification: Notification): Promise<DiscussionThread | null> {
    const found = notification.threadId ? await this.threadLoader(ctx).load(notification.threadId) : null;
    return found ? toDiscussionThread(found.thread, ctx.actor) : null;
  }

  @SameAsParent()
  @ResolveField('lesson', () => NotificationLesson, {
    nullable: true,
    description: 'For a lesson’s discussion, the lesson (to link to the lesson page); null for a forum thread.',
  })
  async lesson(@Ctx() ctx: RequestContext, @Parent() notification: Notification): Promise<NotificationLesson | null> {
    const found = notification.threadId ? await this.threadLoader(ctx).load(notification.threadId) : null;
    return found?.lesson ? { id: found.lesson.lesson.id, moduleSlug: found.lesson.module.slug } : null;
  }

  private threadLoader(ctx: RequestContext): DataLoader<string, VisibleThread | null> {
    let loader = this.threadsPerRequest.get(ctx.req);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => Promise.all(ids.map((id) => this.threads.find(ctx, id))));
      this.threadsPerRequest.set(ctx.req, loader);
    }
    return loader;
  }
}
