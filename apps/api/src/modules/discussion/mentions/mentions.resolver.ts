import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, SignedIn } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { MaxItems } from '../../../common/graphql/list-size';
import { Colleague } from '../../identity/models/colleague.model';
import { MENTION_LIMITS, MentionsService } from './mentions.service';

/** The "@" autocomplete: colleagues a writer may mention in a thread. */
@Resolver()
export class MentionsResolver {
  constructor(private readonly mentions: MentionsService) {}

  @SignedIn()
  @MaxItems(MENTION_LIMITS.suggestions)
  @Query(() => [Colleague], {
    description: `Up to ${MENTION_LIMITS.suggestions} active colleagues who can read the thread, by part of their name (names starting with it first). Give one place: a thread, a lesson whose discussion has not started, or the category of a new thread. NOT_FOUND for one the viewer may not read.`,
  })
  async mentionCandidates(
    @Ctx() ctx: RequestContext,
    @Args('threadId', { type: () => ID, nullable: true, description: 'The thread being written in.' })
    threadId: string | null,
    @Args('lessonId', { type: () => ID, nullable: true, description: 'Or the lesson whose discussion it is.' })
    lessonId: string | null,
    @Args('categoryId', { type: () => ID, nullable: true, description: 'Or the category a new thread is starting in.' })
    categoryId: string | null,
    @Args('search', { description: `What was typed after “@” (1–${MENTION_LIMITS.searchMaxLength} characters).` })
    search: string,
  ): Promise<Colleague[]> {
    return this.mentions.candidates(ctx, { threadId, lessonId, categoryId }, search);
  }
}
