import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { THREAD_TAG_LIMITS, THREAD_TAG_PROBLEMS } from '@common-ground/shared';
import { Trim } from '../../identity/dto/normalise';
import { DISCUSSION_LIMITS } from '../discussion.constants';

const UUID_MESSAGE = 'Must be a valid identifier';
const BODY_MESSAGE = 'The post must be 20,000 characters or fewer';

@InputType({ description: 'A new forum thread and its first post.' })
export class CreateForumThreadInput {
  @Field(() => ID, { description: 'The category to start it in.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  categoryId: string;

  @Field({ description: `Title (1–${DISCUSSION_LIMITS.threadTitleMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title' })
  @MaxLength(DISCUSSION_LIMITS.threadTitleMaxLength, { message: 'The title must be 200 characters or fewer' })
  title: string;

  @Field({ description: 'The first post, as HTML (sanitised; up to 20,000 characters).' })
  @IsString()
  @MaxLength(DISCUSSION_LIMITS.postBodyMaxLength, { message: BODY_MESSAGE })
  body: string;

  @Field(() => [String], {
    description: `Tags (up to ${THREAD_TAG_LIMITS.perThread}, ${THREAD_TAG_LIMITS.maxLength} characters each: letters, numbers, spaces and hyphens). Saved in lower case; blanks and repeats are dropped.`,
  })
  @IsArray()
  @ArrayMaxSize(THREAD_TAG_LIMITS.perThread, { message: THREAD_TAG_PROBLEMS.TOO_MANY })
  @IsString({ each: true })
  @MaxLength(THREAD_TAG_LIMITS.rawMaxLength, { each: true, message: THREAD_TAG_PROBLEMS.TOO_LONG })
  tags: string[];

  @Field(() => Boolean, { nullable: true, description: 'Start it without your name shown, where the category allows.' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean | null;
}

@InputType({ description: 'A post in a thread, or in a lesson’s discussion (started by its first post).' })
export class CreatePostInput {
  @Field(() => ID, { nullable: true, description: 'The thread; give this or lessonId.' })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  threadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The lesson whose discussion to post in; give this or threadId.' })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  lessonId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The library item (e.g. a blog post) to comment on; give this instead of threadId or lessonId.',
  })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  contentItemId?: string | null;

  @Field({ description: 'The post, as HTML (sanitised; up to 20,000 characters).' })
  @IsString()
  @MaxLength(DISCUSSION_LIMITS.postBodyMaxLength, { message: BODY_MESSAGE })
  body: string;

  @Field(() => String, { nullable: true, description: 'For a scenario lesson: the scene the post is about.' })
  @IsOptional()
  @IsString()
  @MaxLength(DISCUSSION_LIMITS.sceneIdMaxLength)
  sceneId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A post of the same thread to quote.' })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  quotedPostId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Post without your name shown, where the category allows.' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean | null;
}

@InputType({ description: 'New text for one of your posts; the old text is kept in its history.' })
export class EditPostInput {
  @Field(() => ID, { description: 'The post.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  postId: string;

  @Field({ description: 'The new text, as HTML (sanitised; up to 20,000 characters).' })
  @IsString()
  @MaxLength(DISCUSSION_LIMITS.postBodyMaxLength, { message: BODY_MESSAGE })
  body: string;
}

@InputType({ description: 'Names one post.' })
export class PostIdInput {
  @Field(() => ID, { description: 'The post.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  postId: string;
}
