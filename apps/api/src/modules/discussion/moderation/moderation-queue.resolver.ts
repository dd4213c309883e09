import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SameAsParent } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { pageSize, toConnection } from '../../../common/graphql/connection';
import { Colleague, toColleague } from '../../identity/models/colleague.model';
import { PeopleService } from '../../identity/people.service';
import { DiscussionLoaderFactory } from '../discussion.loaders';
import { DiscussionThread, toDiscussionThread } from '../models/discussion-thread.model';
import { Post, toPost } from '../models/post.model';
import { MODERATION_LIMITS } from './moderation.constants';
import { ModerationQueueService } from './moderation-queue.service';
import { ModerationQueueConnection, ModerationQueueItem, PostFlag, toPostFlag } from './models/moderation.models';
import { textOfSanitisedHtml } from './watched-words';

const EXCERPT_LENGTH = 200;

/** The start of a post's text, cut at a word where it is long. */
function excerptOf(html: string): string {
  const text = textOfSanitisedHtml(html).replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : EXCERPT_LENGTH)}…`;
}

/** The moderation queue, with each post's thread, category and author. */
@Resolver(() => ModerationQueueItem)
export class ModerationQueueResolver {
  constructor(
    private readonly queue: ModerationQueueService,
    private readonly loaders: DiscussionLoaderFactory,
    private readonly people: PeopleService,
  ) {}

  @Roles('MODERATOR', 'ADMIN')
  @Query(() => ModerationQueueConnection, {
    description: 'Reported and held posts in the categories you moderate, oldest first.',
  })
  async moderationQueue(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<ModerationQueueConnection> {
    const page = await this.queue.page(ctx, pageSize(first), after);
    for (const { post } of page.items) this.loaders.for(ctx).post.prime(post.id, post);
    return toConnection(page, ({ post, flags }) => ({
      id: post.id,
      state: post.moderationState,
      queuedAt: post.queuedAt ?? post.createdAt,
      excerpt: excerptOf(post.body),
      flags: flags.slice(0, MODERATION_LIMITS.flagsShown).map(toPostFlag),
      flagCount: flags.length,
      postId: post.id,
      threadId: post.threadId,
    }));
  }

  @SameAsParent()
  @ResolveField('post', () => Post, { description: 'The post, text included.' })
  async post(@Ctx() ctx: RequestContext, @Parent() item: ModerationQueueItem): Promise<Post> {
    const loaders = this.loaders.for(ctx);
    const [post, thread] = await Promise.all([loaders.post.load(item.postId), loaders.thread.load(item.threadId)]);
    if (!post || !thread) throw new Error(`Queued post ${item.postId} vanished`);
    return toPost(post, ctx.actor, thread);
  }

  @SameAsParent()
  @ResolveField('thread', () => DiscussionThread, { description: 'The thread it is in.' })
  async thread(@Ctx() ctx: RequestContext, @Parent() item: ModerationQueueItem): Promise<DiscussionThread> {
    const thread = await this.loaders.for(ctx).thread.load(item.threadId);
    if (!thread) throw new Error(`Thread ${item.threadId} vanished`);
    return toDiscussionThread(thread, ctx.actor);
  }

  @SameAsParent()
  @ResolveField('author', () => Colleague, {
    nullable: true,
    description: 'Who wrote the post; null when anonymous (revealPostAuthor tells, and is audited).',
  })
  async author(@Ctx() ctx: RequestContext, @Parent() item: ModerationQueueItem): Promise<Colleague | null> {
    const post = await this.loaders.for(ctx).post.load(item.postId);
    const person = post && !post.anonymous ? await this.people.find(ctx, post.authorId) : null;
    return person ? toColleague(person) : null;
  }
}

/** Who made a report (null for a watched word's). */
@Resolver(() => PostFlag)
export class PostFlagResolver {
  constructor(private readonly people: PeopleService) {}

  @SameAsParent()
  @ResolveField('flagger', () => Colleague, { nullable: true, description: 'Who reported it; null when automatic.' })
  async flagger(@Ctx() ctx: RequestContext, @Parent() flag: PostFlag): Promise<Colleague | null> {
    const person = await this.people.find(ctx, flag.flaggerId);
    return person ? toColleague(person) : null;
  }
}
