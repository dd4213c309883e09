import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { ContentItemIdInput, PublishContentInput } from './dto/library.inputs';
import { ContentItemState, toContentItemState } from './models/content-item-state.model';
import { WorkflowService } from './workflow.service';

/**
 * The workflow's steps for every kind of library item. Open to any signed-in person at the
 * edge; WorkflowService and the library policy decide per item (authors submit, editors the rest).
 */
@Resolver(() => ContentItemState)
export class WorkflowResolver {
  constructor(private readonly workflow: WorkflowService) {}

  @SignedIn()
  @Mutation(() => ContentItemState, { description: 'Sends a draft for an editor’s review (its author or an editor).' })
  async submitContentItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ContentItemIdInput,
  ): Promise<ContentItemState> {
    return toContentItemState(await this.workflow.submit(ctx, input.id), ctx.actor);
  }

  @SignedIn()
  @Mutation(() => ContentItemState, { description: 'Returns an item in review to its author as a draft (editors).' })
  async returnContentItemToDraft(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ContentItemIdInput,
  ): Promise<ContentItemState> {
    return toContentItemState(await this.workflow.returnToDraft(ctx, input.id), ctx.actor);
  }

  @SignedIn()
  @Mutation(() => ContentItemState, { description: 'Publishes an item now or at a future time (editors).' })
  async publishContentItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PublishContentInput,
  ): Promise<ContentItemState> {
    return toContentItemState(await this.workflow.publish(ctx, input.id, input.publishAt), ctx.actor);
  }

  @SignedIn()
  @Mutation(() => ContentItemState, {
    description: 'Archives an item: only its author and editors see it after (editors).',
  })
  async archiveContentItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ContentItemIdInput,
  ): Promise<ContentItemState> {
    return toContentItemState(await this.workflow.archive(ctx, input.id), ctx.actor);
  }
}
