import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, SameAsParent, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { DomainError } from '../../common/errors/domain-error';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { MaxItems } from '../../common/graphql/list-size';
import { Colleague, toColleague } from '../identity/models/colleague.model';
import { DISCUSSION_LIMITS } from './discussion.constants';
import { DiscussionLoaderFactory } from './discussion.loaders';
import { DiscussionService } from './discussion.service';
import { CreatePostInput, EditPostInput, PostIdInput } from './dto/post.inputs';
import { Post, PostConnection, PostRevision, toPost, toPostRevision } from './models/post.model';
import { ThreadsService } from './threads.service';

/** Posts: a thread's pages, and posting, editing and deleting. */
@Resolver(() => Post)
export class PostResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly discussion: DiscussionService,
    private readonly loaders: DiscussionLoaderFactory,
  ) {}

  @SignedIn()
  @Query(() => PostConnection, {
    description:
      'A thread’s posts in order. Pass `after` (a cursor) or `afterSeq` (the last sequence number seen) for what follows. NOT_FOUND for a hidden thread.',
  })
  async threadPosts(
    @Ctx() ctx: RequestContext,
    @Args('threadId', { type: () => ID, description: 'The thread.' }) threadId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
    @Args('afterSeq', { type: () => Int, nullable: true, description: 'Only posts after this sequence number.' })
    afterSeq?: number | null,
  ): Promise<PostConnection> {
    const size = pageSize(first);
    if (afterSeq != null && afterSeq < 0) {
      throw new DomainError('BAD_USER_INPUT', 'Sequence numbers start at 1.', { afterSeq: 'Must be 0 or more.' });
    }
    const visible = await this.threads.get(ctx, threadId);
    const page = await this.threads.posts(ctx, visible, size, after, afterSeq);
    return toConnection(page, (row) => toPost(row, ctx.actor, visible.thread));
  }

  @SignedIn()
  @Mutation(() => Post, {
    description: 'Replies in a thread or a lesson’s discussion. At most 20 replies a minute (RATE_LIMITED says when).',
  })
  async createPost(@Ctx() ctx: RequestContext, @Args('input') input: CreatePostInput): Promise<Post> {
    const { post, thread } = await this.discussion.createPost(ctx, input);
    return toPost(post, ctx.actor, thread);
  }

  @SignedIn()
  @Mutation(() => Post, { description: 'Changes the text of one of your posts; the old text stays in its history.' })
  async editPost(@Ctx() ctx: RequestContext, @Args('input') input: EditPostInput): Promise<Post> {
    const { post, thread } = await this.discussion.editPost(ctx, input);
    return toPost(post, ctx.actor, thread);
  }

  @SignedIn()
  @Mutation(() => Post, { description: 'Deletes one of your posts, leaving a “deleted” placeholder in the thread.' })
  async deletePost(@Ctx() ctx: RequestContext, @Args('input') input: PostIdInput): Promise<Post> {
    const { post, thread } = await this.discussion.deletePost(ctx, input.postId);
    return toPost(post, ctx.actor, thread);
  }

  @SameAsParent()
  @ResolveField('author', () => Colleague, {
    nullable: true,
    description: 'Who wrote it; null for other staff when posted anonymously (“a colleague”).',
  })
  async author(@Ctx() ctx: RequestContext, @Parent() post: Post): Promise<Colleague | null> {
    const person = post.authorId ? await this.loaders.for(ctx).author.load(post.authorId) : null;
    return person ? toColleague(person) : null;
  }

  @SameAsParent()
  @ResolveField('quotedPost', () => Post, { nullable: true, description: 'The post it quotes, if any.' })
  async quotedPost(@Ctx() ctx: RequestContext, @Parent() post: Post): Promise<Post | null> {
    if (!post.quotedPostId) return null;
    const [quoted, visible] = await Promise.all([
      this.loaders.for(ctx).post.load(post.quotedPostId),
      this.threads.get(ctx, post.threadId),
    ]);
    return quoted ? toPost(quoted, ctx.actor, visible.thread) : null;
  }

  @SameAsParent()
  @MaxItems(DISCUSSION_LIMITS.editsPerPost)
  @ResolveField('revisions', () => [PostRevision], {
    description: 'Earlier versions, oldest first (empty when never edited, and once deleted).',
  })
  async revisions(@Ctx() ctx: RequestContext, @Parent() post: Post): Promise<PostRevision[]> {
    if (!post.editedAt || post.deleted) return [];
    return (await this.loaders.for(ctx).revisions.load(post.id)).map(toPostRevision);
  }
}
