import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FAQ_LIMITS } from '@common-ground/shared';
import { Ctx, Public, Roles, SameAsParent } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { pageSize, toConnection } from '../../../common/graphql/connection';
import { MaxItems } from '../../../common/graphql/list-size';
import {
  FaqCategoryIdInput,
  FaqCategoryInput,
  FaqFilterInput,
  FaqInput,
  UpdateFaqCategoryInput,
  UpdateFaqInput,
  VoteFaqInput,
} from './faq.inputs';
import { Faq, FaqCategory, FaqConnection, FaqHelpfulCounts, toFaq, toFaqCategory } from './faq.models';
import { FaqService } from './faq.service';
import { ContentRevisionConnection, toContentRevision } from '../models/content.model';
import { WorkflowService } from '../workflow.service';

/** FAQs: reading and "Was this helpful?" (anyone, by audience), writing and categories (editors). */
@Resolver(() => Faq)
export class FaqResolver {
  constructor(
    private readonly service: FaqService,
    private readonly workflow: WorkflowService,
  ) {}

  @Public()
  @MaxItems(FAQ_LIMITS.categoriesMax)
  @Query(() => [FaqCategory], { description: 'The FAQ categories, in listing order.' })
  async faqCategories(): Promise<FaqCategory[]> {
    return (await this.service.categories()).map(toFaqCategory);
  }

  @Public()
  @Query(() => FaqConnection, {
    description: 'FAQs the viewer may see, grouped by category then question; published ones unless a status is given.',
  })
  async faqs(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Args('filter', { type: () => FaqFilterInput, nullable: true, description: 'Which FAQs.' })
    filter?: FaqFilterInput,
  ): Promise<FaqConnection> {
    const page = await this.service.list(ctx, pageSize(first), after, filter ?? {});
    return toConnection(page, (r) => toFaq(r, ctx.actor));
  }

  @Public()
  @Query(() => Faq, { description: 'One FAQ by id or web address, if the viewer may see it.' })
  async faq(
    @Ctx() ctx: RequestContext,
    @Args('idOrSlug', { description: 'Its id or the readable part of its web address.' }) idOrSlug: string,
  ): Promise<Faq> {
    return toFaq(await this.service.get(ctx, idOrSlug), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => Faq, { description: 'Starts a draft FAQ (editors and admins).' })
  async createFaq(@Ctx() ctx: RequestContext, @Args('input') input: FaqInput): Promise<Faq> {
    return toFaq(await this.service.create(ctx, input), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => Faq, { description: 'Changes an FAQ (editors and admins); a published one changes at once.' })
  async updateFaq(@Ctx() ctx: RequestContext, @Args('input') input: UpdateFaqInput): Promise<Faq> {
    return toFaq(await this.service.update(ctx, input.id, input), ctx.actor);
  }

  @Public()
  @Mutation(() => Faq, {
    description:
      'Answers “Was this helpful?” for a published FAQ: one answer per signed-in person, or per session for a signed-out visitor; answering again changes it.',
  })
  async voteFaq(@Ctx() ctx: RequestContext, @Args('input') input: VoteFaqInput): Promise<Faq> {
    return toFaq(await this.service.vote(ctx, input.faqId, input.helpful), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => FaqCategory, { description: 'Adds an FAQ category (editors and admins).' })
  async createFaqCategory(@Args('input') input: FaqCategoryInput): Promise<FaqCategory> {
    return toFaqCategory(await this.service.createCategory(input));
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => FaqCategory, { description: 'Renames, describes or moves an FAQ category (editors and admins).' })
  async updateFaqCategory(@Args('input') input: UpdateFaqCategoryInput): Promise<FaqCategory> {
    return toFaqCategory(await this.service.updateCategory(input.id, input));
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => ID, {
    description: 'Deletes an FAQ category that holds no FAQs (editors and admins); returns its id.',
  })
  async deleteFaqCategory(@Args('input') input: FaqCategoryIdInput): Promise<string> {
    await this.service.deleteCategory(input.id);
    return input.id;
  }

  @SameAsParent()
  @ResolveField('viewerVote', () => Boolean, {
    nullable: true,
    description: 'The viewer’s answer to “Was this helpful?”; null when they have not answered.',
  })
  async viewerVote(@Ctx() ctx: RequestContext, @Parent() faq: Faq): Promise<boolean | null> {
    return this.service.viewerVote(ctx, faq.id);
  }

  @SameAsParent()
  @ResolveField('helpfulCounts', () => FaqHelpfulCounts, {
    nullable: true,
    description: 'How many readers answered “Yes” and “No”; null for anyone but editors and admins.',
  })
  async helpfulCounts(@Ctx() ctx: RequestContext, @Parent() faq: Faq): Promise<FaqHelpfulCounts | null> {
    return this.service.helpfulCounts(ctx, faq.id);
  }

  @SameAsParent()
  @ResolveField('revisions', () => ContentRevisionConnection, {
    description:
      'Its revision history, newest first: who saved it or stepped it through the workflow, when, and the text then (editors and its author; FORBIDDEN for others).',
  })
  async revisions(
    @Ctx() ctx: RequestContext,
    @Parent() parent: Faq,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
  ): Promise<ContentRevisionConnection> {
    return toConnection(await this.workflow.revisions(ctx, parent.item, pageSize(first), after), toContentRevision);
  }
}
