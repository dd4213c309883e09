import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, SameAsParent, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { Colleague, toColleague } from '../identity/models/colleague.model';
import { PeopleService } from '../identity/people.service';
import { DiscussionService } from './discussion.service';
import { canManageForum } from './discussion.policy';
import { CreateForumThreadInput } from './dto/post.inputs';
import { ForumCategoriesService } from './forum-categories.service';
import { DiscussionThread, DiscussionThreadConnection, toDiscussionThread } from './models/discussion-thread.model';
import { ForumCategory, toForumCategory } from './models/forum-category.model';
import { tagFilter } from './tags/thread-tags';
import { ThreadsService } from './threads.service';

/** Threads: a category's list, one thread, a lesson's thread, and starting a thread. */
@Resolver(() => DiscussionThread)
export class DiscussionThreadResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly categories: ForumCategoriesService,
    private readonly discussion: DiscussionService,
    private readonly people: PeopleService,
  ) {}

  @SignedIn()
  @Query(() => DiscussionThreadConnection, {
    description:
      'A category’s threads, pinned first, then latest activity first, optionally only those with a tag. NOT_FOUND for a hidden category.',
  })
  async forumThreads(
    @Ctx() ctx: RequestContext,
    @Args('categoryId', { type: () => ID, description: 'The category.' }) categoryId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
    @Args('tag', { type: () => String, nullable: true, description: 'Only threads with this tag (any case).' })
    tag?: string | null,
  ): Promise<DiscussionThreadConnection> {
    const page = await this.threads.page(ctx, categoryId, pageSize(first), after, tagFilter(tag));
    return toConnection(page, (row) => toDiscussionThread(row, ctx.actor));
  }

  @SignedIn()
  @Query(() => DiscussionThread, {
    nullable: true,
    description: 'One thread; null when there is none the viewer may read.',
  })
  async discussionThread(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The thread.' }) id: string,
  ): Promise<DiscussionThread | null> {
    const found = await this.threads.find(ctx, id);
    return found ? toDiscussionThread(found.thread, ctx.actor) : null;
  }

  @SignedIn()
  @Query(() => DiscussionThread, {
    nullable: true,
    description: 'The discussion of a lesson; null until its first post, and for a lesson the viewer cannot see.',
  })
  async lessonThread(
    @Ctx() ctx: RequestContext,
    @Args('lessonId', { type: () => ID, description: 'The lesson.' }) lessonId: string,
  ): Promise<DiscussionThread | null> {
    const thread = await this.threads.lessonThread(ctx, lessonId);
    return thread ? toDiscussionThread(thread, ctx.actor) : null;
  }

  @SignedIn()
  @Query(() => DiscussionThread, {
    nullable: true,
    description:
      'The comments on a published library item (e.g. a blog post); null until the first comment, and for an item the viewer cannot see.',
  })
  async contentItemThread(
    @Ctx() ctx: RequestContext,
    @Args('contentItemId', { type: () => ID, description: 'The library item.' }) contentItemId: string,
  ): Promise<DiscussionThread | null> {
    const thread = await this.threads.contentItemThread(ctx, contentItemId);
    return thread ? toDiscussionThread(thread, ctx.actor) : null;
  }

  @SignedIn()
  @Mutation(() => DiscussionThread, {
    description: 'Starts a thread in a category, with its first post. At most 10 a minute (RATE_LIMITED says when).',
  })
  async createForumThread(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateForumThreadInput,
  ): Promise<DiscussionThread> {
    return toDiscussionThread(await this.discussion.createThread(ctx, input), ctx.actor);
  }

  @SameAsParent()
  @ResolveField('author', () => Colleague, {
    nullable: true,
    description: 'Who started it; null for a lesson’s thread and, for other staff, when started anonymously.',
  })
  async author(@Ctx() ctx: RequestContext, @Parent() thread: DiscussionThread): Promise<Colleague | null> {
    const person = await this.people.find(ctx, thread.authorId);
    return person ? toColleague(person) : null;
  }

  @SameAsParent()
  @ResolveField('category', () => ForumCategory, {
    nullable: true,
    description: 'Its category; null for a lesson’s thread.',
  })
  async category(@Ctx() ctx: RequestContext, @Parent() thread: DiscussionThread): Promise<ForumCategory | null> {
    const row = thread.categoryId ? await this.categories.find(ctx, thread.categoryId) : null;
    return row ? toForumCategory(row, canManageForum(ctx.actor)) : null;
  }
}
