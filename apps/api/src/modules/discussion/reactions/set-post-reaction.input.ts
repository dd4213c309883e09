import { Field, ID, InputType } from '@nestjs/graphql';
import { type PostReactionName, POST_REACTIONS } from '@common-ground/shared';
import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { PostReactionKind } from './post-reaction.model';

@InputType({ description: 'Adds or takes off one of your reactions to a post.' })
export class SetPostReactionInput {
  @Field(() => ID, { description: 'The post.' })
  @IsUUID('all', { message: 'Must be a valid identifier' })
  postId: string;

  @Field(() => PostReactionKind, { description: 'Which reaction.' })
  @IsIn(POST_REACTIONS, { message: 'Choose one of the reactions offered' })
  reaction: PostReactionName;

  @Field({ description: 'True to add it, false to take it off (doing what is already done changes nothing).' })
  @IsBoolean()
  reacted: boolean;
}
