import { Args, Field, ID, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Ctx, SignedIn } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { ReportRumourInput } from './myth.inputs';
import { RumourService } from './rumour.service';

@ObjectType({ description: 'A rumour passed to the editors: it waits as a draft myth-buster only they see.' })
export class ReportedRumour {
  @Field(() => ID, { description: 'The draft myth-buster made from it.' })
  id: string;

  @Field({ description: 'What was heard, as it was reported.' })
  heard: string;
}

/** "Report a rumour" from a forum post or comment (any signed-in person who can read the post). */
@Resolver(() => ReportedRumour)
export class RumourResolver {
  constructor(private readonly rumours: RumourService) {}

  @SignedIn()
  @Mutation(() => ReportedRumour, {
    description:
      'Reports a rumour heard in a post the viewer can read: it lands in the editors’ queue as a draft myth linked to the post. Once per post per person, at most 10 an hour.',
  })
  async reportRumour(@Ctx() ctx: RequestContext, @Args('input') input: ReportRumourInput): Promise<ReportedRumour> {
    const item = await this.rumours.report(ctx, input.postId, input.heard);
    return { id: item.id, heard: item.title };
  }
}
