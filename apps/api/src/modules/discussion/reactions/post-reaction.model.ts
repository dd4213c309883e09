import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { POST_REACTION_LABELS, POST_REACTIONS, type PostReactionName } from '@common-ground/shared';
import type { ReactionTally } from './reactions.service';

/** The GraphQL enum of POST_REACTIONS. */
export const PostReactionKind = Object.fromEntries(POST_REACTIONS.map((r) => [r, r])) as {
  [K in PostReactionName]: K;
};
registerEnumType(PostReactionKind, {
  name: 'PostReactionKind',
  description: 'The reactions a reader may leave on a post (a small fixed set, shown with words).',
  valuesMap: Object.fromEntries(
    POST_REACTIONS.map((r) => [
      r,
      { description: `“${POST_REACTION_LABELS[r].label}”: ${POST_REACTION_LABELS[r].description.toLowerCase()}.` },
    ]),
  ),
});

@ObjectType({ description: 'One reaction on a post: how many readers left it, and whether the viewer did.' })
export class PostReaction {
  @Field(() => PostReactionKind, { description: 'Which reaction.' })
  reaction: PostReactionName;

  @Field({ description: 'What its button says (words, never an emoji alone).' })
  label: string;

  @Field(() => Int, { description: 'How many readers left it.' })
  count: number;

  @Field({ description: 'True when the viewer left it.' })
  viewerReacted: boolean;
}

export const toPostReaction = (tally: ReactionTally): PostReaction => ({
  ...tally,
  label: POST_REACTION_LABELS[tally.reaction].label,
});
