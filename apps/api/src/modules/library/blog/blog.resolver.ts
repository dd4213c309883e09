import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Public, SameAsParent, SignedIn } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { pageSize, toConnection } from '../../../common/graphql/connection';
import { Colleague, toColleague } from '../../identity/models/colleague.model';
import { PeopleService } from '../../identity/people.service';
import { BlogPostFilterInput, BlogPostInput, UpdateBlogPostInput } from '../dto/library.inputs';
import { ContentRevision, ContentRevisionConnection, toContentRevision } from '../models/content.model';
import { WorkflowService } from '../workflow.service';
import { BlogPost, BlogPostConnection, toBlogPost } from './blog-post.model';
import { BlogService } from './blog.service';

/** Blog posts: reading (anyone, by audience), writing (staff) and the history (editors and authors). */
@Resolver(() => BlogPost)
export class BlogResolver {
  constructor(
    private readonly blog: BlogService,
    private readonly workflow: WorkflowService,
    private readonly people: PeopleService,
  ) {}

  @Public()
  @Query(() => BlogPostConnection, {
    description: 'Blog posts the viewer may see: published ones, newest first, unless the filter says otherwise.',
  })
  async blogPosts(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Args('filter', { type: () => BlogPostFilterInput, nullable: true, description: 'Which posts.' }) // Optional rather than `| null`: a union type is emitted as Object, and the validation pipe would skip it.
    filter?: BlogPostFilterInput,
  ): Promise<BlogPostConnection> {
    const page = await this.blog.list(ctx, pageSize(first), after, filter ?? {});
    return toConnection(page, (r) => toBlogPost(r, ctx.actor));
  }

  @Public()
  @Query(() => BlogPost, { description: 'One blog post by id or web address, if the viewer may see it.' })
  async blogPost(
    @Ctx() ctx: RequestContext,
    @Args('idOrSlug', { description: 'Its id or the readable part of its web address.' }) idOrSlug: string,
  ): Promise<BlogPost> {
    return toBlogPost(await this.blog.get(ctx, idOrSlug), ctx.actor);
  }

  @SignedIn()
  @Mutation(() => BlogPost, { description: 'Starts a draft blog post by the signed-in person.' })
  async createBlogPost(@Ctx() ctx: RequestContext, @Args('input') input: BlogPostInput): Promise<BlogPost> {
    return toBlogPost(await this.blog.create(ctx, input), ctx.actor);
  }

  @SignedIn()
  @Mutation(() => BlogPost, { description: 'Changes a blog post (its author while a draft or in review; editors).' })
  async updateBlogPost(@Ctx() ctx: RequestContext, @Args('input') input: UpdateBlogPostInput): Promise<BlogPost> {
    return toBlogPost(await this.blog.update(ctx, input.id, input), ctx.actor);
  }

  @SameAsParent()
  @ResolveField('author', () => Colleague, {
    nullable: true,
    description: 'Who wrote it (name, job title and organisation); null if their account has gone.',
  })
  async author(@Ctx() ctx: RequestContext, @Parent() post: BlogPost): Promise<Colleague | null> {
    const person = await this.people.find(ctx, post.item.authorId);
    return person ? toColleague(person) : null;
  }

  @SameAsParent()
  @ResolveField('revisions', () => ContentRevisionConnection, {
    description: 'Its revision history, newest first (editors and its author; FORBIDDEN for others).',
  })
  async revisions(
    @Ctx() ctx: RequestContext,
    @Parent() post: BlogPost,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
  ): Promise<ContentRevisionConnection> {
    return toConnection(await this.workflow.revisions(ctx, post.item, pageSize(first), after), toContentRevision);
  }
}

/** Who made each revision, batched per request. */
@Resolver(() => ContentRevision)
export class ContentRevisionResolver {
  constructor(private readonly people: PeopleService) {}

  @SameAsParent()
  @ResolveField('createdBy', () => Colleague, {
    nullable: true,
    description: 'Who made it; null if their account has gone.',
  })
  async createdBy(@Ctx() ctx: RequestContext, @Parent() revision: ContentRevision): Promise<Colleague | null> {
    const person = await this.people.find(ctx, revision.createdById);
    return person ? toColleague(person) : null;
  }
}
