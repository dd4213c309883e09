import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsUUID, Min } from 'class-validator';
import { FOLLOW_LEVELS, type FollowLevelName } from '../notifications.constants';
import { FollowLevel } from '../models/enums';

const UUID_MESSAGE = 'Must be a valid identifier';
const LEVEL_MESSAGE = 'Choose watch, normal or mute';

@InputType({ description: 'How closely to follow a thread.' })
export class FollowThreadInput {
  @Field(() => ID, { description: 'The thread.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  threadId: string;

  @Field(() => FollowLevel, { description: 'The level.' })
  @IsIn(FOLLOW_LEVELS, { message: LEVEL_MESSAGE })
  level: FollowLevelName;
}

@InputType({ description: 'How closely to follow a forum category.' })
export class FollowCategoryInput {
  @Field(() => ID, { description: 'The category.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  categoryId: string;

  @Field(() => FollowLevel, { description: 'The level.' })
  @IsIn(FOLLOW_LEVELS, { message: LEVEL_MESSAGE })
  level: FollowLevelName;
}

@InputType({ description: 'How far the viewer has read a thread.' })
export class MarkThreadReadInput {
  @Field(() => ID, { description: 'The thread.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  threadId: string;

  @Field(() => Int, { description: 'The sequence number of the last post seen (never moves backwards).' })
  @IsInt({ message: 'Must be a whole number' })
  @Min(0, { message: 'Must be 0 or more' })
  seq: number;
}

@InputType({ description: 'One notification.' })
export class NotificationIdInput {
  @Field(() => ID, { description: 'The notification.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  notificationId: string;
}

@InputType({ description: 'The viewer’s email choices.' })
export class UpdateNotificationSettingsInput {
  @Field({ description: 'True to get a daily email of unread notifications.' })
  @IsBoolean()
  emailDigest: boolean;
}
