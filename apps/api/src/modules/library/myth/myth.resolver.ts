import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MYTH_LIMITS } from '@common-ground/shared';
import { AppConfig } from '../../../config/app-config';
import { MaxItems } from '../../../common/graphql/list-size';
import { Ctx, Public, Roles, SameAsParent } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { pageSize, toConnection } from '../../../common/graphql/connection';
import { ThreadsService } from '../../discussion/threads.service';
import { Colleague, toColleague } from '../../identity/models/colleague.model';
import { PeopleService } from '../../identity/people.service';
import { ContentItemIdInput } from '../dto/library.inputs';
import { isLibraryEditor } from '../library.policy';
import { claimReviewJsonLd } from './claim-review';
import { MythFilterInput, MythInput, MythSettingsInput, UpdateMythInput } from './myth.inputs';
import {
  Myth,
  MythConnection,
  MythEvidence,
  MythRelatedFaq,
  MythRelatedTerm,
  MythSettings,
  RumourSource,
  toMyth,
  toMythEvidence,
} from './myth.models';
import { MythService } from './myth.service';
import { ContentRevisionConnection, toContentRevision } from '../models/content.model';
import { WorkflowService } from '../workflow.service';

/** Myth-busters: reading (anyone, by audience), writing, reviews and settings (editors). */
@Resolver(() => Myth)
export class MythResolver {
  constructor(
    private readonly service: MythService,
    private readonly people: PeopleService,
    private readonly threads: ThreadsService,
    private readonly config: AppConfig,
    private readonly workflow: WorkflowService,
  ) {}

  @Public()
  @Query(() => MythConnection, {
    description:
      'Myth-busters the viewer may see: published ones newest first, unless the filter says otherwise (editors).',
  })
  async myths(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Args('filter', { type: () => MythFilterInput, nullable: true, description: 'Which myth-busters.' })
    filter?: MythFilterInput,
  ): Promise<MythConnection> {
    const page = await this.service.list(ctx, pageSize(first), after, filter ?? {});
    return toConnection(page, (r) => toMyth(r, ctx.actor));
  }

  @Public()
  @Query(() => Myth, { description: 'One myth-buster by id or web address, if the viewer may see it.' })
  async myth(
    @Ctx() ctx: RequestContext,
    @Args('idOrSlug', { description: 'Its id or the readable part of its web address.' }) idOrSlug: string,
  ): Promise<Myth> {
    return toMyth(await this.service.get(ctx, idOrSlug), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Query(() => MythSettings, { description: 'The myth-busters’ settings (editors and admins).' })
  async mythSettings(): Promise<MythSettings> {
    return { reviewAfterMonths: await this.service.reviewAfterMonths() };
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => Myth, { description: 'Starts a draft myth-buster (editors and admins).' })
  async createMyth(@Ctx() ctx: RequestContext, @Args('input') input: MythInput): Promise<Myth> {
    return toMyth(await this.service.create(ctx, input), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => Myth, { description: 'Changes a myth-buster (editors and admins); a published one changes at once.' })
  async updateMyth(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMythInput): Promise<Myth> {
    return toMyth(await this.service.update(ctx, input.id, input), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => Myth, {
    description: 'Records that the signed-in editor checked a myth-buster’s facts now (its reviewer and review date).',
  })
  async recordMythReview(@Ctx() ctx: RequestContext, @Args('input') input: ContentItemIdInput): Promise<Myth> {
    return toMyth(await this.service.recordReview(ctx, input.id), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => MythSettings, { description: 'Changes the myth-busters’ settings (editors and admins).' })
  async updateMythSettings(@Args('input') input: MythSettingsInput): Promise<MythSettings> {
    return { reviewAfterMonths: await this.service.setReviewAfterMonths(input.reviewAfterMonths) };
  }

  @SameAsParent()
  @MaxItems(MYTH_LIMITS.evidenceMax)
  @ResolveField('evidence', () => [MythEvidence], { description: 'The sources behind the facts, in order.' })
  async evidence(@Ctx() ctx: RequestContext, @Parent() myth: Myth): Promise<MythEvidence[]> {
    return (await this.service.evidence(ctx, myth.id)).map(toMythEvidence);
  }

  @SameAsParent()
  @MaxItems(MYTH_LIMITS.relatedMax)
  @ResolveField('relatedTerms', () => [MythRelatedTerm], {
    description: 'Glossary terms it relates to that the viewer may read, A–Z.',
  })
  async relatedTerms(@Ctx() ctx: RequestContext, @Parent() myth: Myth): Promise<MythRelatedTerm[]> {
    const related = await this.service.related(ctx, myth.id);
    return related.filter((r) => r.kind === 'GLOSSARY_TERM').map((r) => ({ id: r.id, slug: r.slug, term: r.title }));
  }

  @SameAsParent()
  @MaxItems(MYTH_LIMITS.relatedMax)
  @ResolveField('relatedFaqs', () => [MythRelatedFaq], {
    description: 'FAQs it relates to that the viewer may read, A–Z.',
  })
  async relatedFaqs(@Ctx() ctx: RequestContext, @Parent() myth: Myth): Promise<MythRelatedFaq[]> {
    const related = await this.service.related(ctx, myth.id);
    return related.filter((r) => r.kind === 'FAQ').map((r) => ({ id: r.id, slug: r.slug, question: r.title }));
  }

  @SameAsParent()
  @ResolveField('reviewer', () => Colleague, {
    nullable: true,
    description: 'Who last checked its facts; null when nobody has, or their account has gone.',
  })
  async reviewer(@Ctx() ctx: RequestContext, @Parent() myth: Myth): Promise<Colleague | null> {
    const person = await this.people.find(ctx, myth.myth.reviewerId);
    return person ? toColleague(person) : null;
  }

  @SameAsParent()
  @ResolveField('heardIn', () => RumourSource, {
    nullable: true,
    description: 'For a myth that began as a reported rumour: where it was heard (editors only; null for others).',
  })
  async heardIn(@Ctx() ctx: RequestContext, @Parent() myth: Myth): Promise<RumourSource | null> {
    const { heardInPostId, reportedAt, reportedById } = myth.myth;
    if (!reportedAt || !isLibraryEditor(ctx.actor)) return null;
    const post = heardInPostId ? await this.threads.readablePost(ctx, heardInPostId) : null;
    return {
      postId: heardInPostId,
      href: post ? `/discuss/threads/${post.threadId}#post-${post.id}` : null,
      reportedAt,
      reportedById,
    };
  }

  @SameAsParent()
  @ResolveField('claimReviewJsonLd', () => String, {
    nullable: true,
    description:
      'Schema.org ClaimReview structured data for the page’s <script type="application/ld+json"> (JSON with <, > and & escaped); null until published with a verdict.',
  })
  claimReview(@Parent() myth: Myth): string | null {
    if (myth.status !== 'PUBLISHED' || !myth.verdict || !myth.publishedAt) return null;
    return claimReviewJsonLd({
      url: `${this.config.publicUrl}/library/myths/${encodeURIComponent(myth.slug)}`,
      claim: myth.claim,
      verdict: myth.verdict,
      publishedAt: myth.publishedAt,
      reviewedAt: myth.reviewedAt,
      publisher: 'Common Ground',
    });
  }

  @SameAsParent()
  @ResolveField('revisions', () => ContentRevisionConnection, {
    description:
      'Its revision history, newest first: who saved it or stepped it through the workflow, when, and the text then (editors and its author; FORBIDDEN for others).',
  })
  async revisions(
    @Ctx() ctx: RequestContext,
    @Parent() parent: Myth,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
  ): Promise<ContentRevisionConnection> {
    return toConnection(await this.workflow.revisions(ctx, parent.item, pageSize(first), after), toContentRevision);
  }
}

/** Who reported a rumour, batched per request. */
@Resolver(() => RumourSource)
export class RumourSourceResolver {
  constructor(private readonly people: PeopleService) {}

  @SameAsParent()
  @ResolveField('reportedBy', () => Colleague, {
    nullable: true,
    description: 'Who reported it; null if their account has gone.',
  })
  async reportedBy(@Ctx() ctx: RequestContext, @Parent() source: RumourSource): Promise<Colleague | null> {
    const person = await this.people.find(ctx, source.reportedById);
    return person ? toColleague(person) : null;
  }
}
