import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { THREAD_TAG_LIMITS, THREAD_TAG_PROBLEMS } from '@common-ground/shared';
import { Trim } from '../../identity/dto/normalise';
import {
  CONTENT_AUDIENCES,
  CONTENT_LIMITS,
  CONTENT_STATUSES,
  type ContentAudienceName,
  type ContentStatusName,
} from '../library.constants';
import { ContentAudience, ContentStatus } from '../models/enums';

const UUID_MESSAGE = 'Must be a valid identifier';

@InputType({ description: 'Names one library item (any kind).' })
export class ContentItemIdInput {
  @Field(() => ID, { description: 'The item.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'Publishes a library item now, or schedules it.' })
export class PublishContentInput extends ContentItemIdInput {
  @Field(() => Date, { nullable: true, description: 'When to publish (in the future); now when left out.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'Enter a real date and time' })
  publishAt?: Date | null;
}

@InputType({ description: 'A blog post’s text and details.' })
export class BlogPostInput {
  @Field({ description: `Title (1–${CONTENT_LIMITS.titleMax} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title' })
  @MaxLength(CONTENT_LIMITS.titleMax, { message: `The title must be ${CONTENT_LIMITS.titleMax} characters or fewer` })
  title: string;

  @Field(() => String, { nullable: true, description: 'A sentence or two for lists and feeds (plain text).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(CONTENT_LIMITS.summaryMax, {
    message: `The summary must be ${CONTENT_LIMITS.summaryMax} characters or fewer`,
  })
  summary?: string | null;

  @Field({
    description: `The post as HTML from the editor (up to ${CONTENT_LIMITS.bodyMax} characters); sanitised by the server.`,
  })
  @IsString()
  @MaxLength(CONTENT_LIMITS.bodyMax, { message: `The post must be ${CONTENT_LIMITS.bodyMax} characters or fewer` })
  bodyHtml: string;

  @Field(() => ContentAudience, { nullable: true, description: 'Who may read it once published (STAFF when new).' })
  @IsOptional()
  @IsIn(CONTENT_AUDIENCES)
  audience?: ContentAudienceName | null;

  @Field(() => [String], {
    nullable: true,
    description: `Tags (up to ${THREAD_TAG_LIMITS.perThread}, ${THREAD_TAG_LIMITS.maxLength} characters each: the same rule as forum thread tags).`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(THREAD_TAG_LIMITS.perThread, { message: THREAD_TAG_PROBLEMS.TOO_MANY })
  @IsString({ each: true })
  @MaxLength(THREAD_TAG_LIMITS.rawMaxLength, { each: true, message: THREAD_TAG_PROBLEMS.TOO_LONG })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'An uploaded picture for the cover.' })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  coverMediaId?: string | null;

  @Field(() => String, { nullable: true, description: 'What the cover shows (required with a cover).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(CONTENT_LIMITS.coverAltMax, {
    message: `The description must be ${CONTENT_LIMITS.coverAltMax} characters or fewer`,
  })
  coverAlt?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Feature it on the blog page (editors only).' })
  @IsOptional()
  @IsBoolean()
  featured?: boolean | null;
}

@InputType({ description: 'New text and details for a blog post.' })
export class UpdateBlogPostInput extends BlogPostInput {
  @Field(() => ID, { description: 'The post.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'Which blog posts to list.' })
export class BlogPostFilterInput {
  @Field(() => String, { nullable: true, description: 'Only posts with this tag.' })
  @IsOptional()
  @IsString()
  @MaxLength(THREAD_TAG_LIMITS.rawMaxLength, { message: THREAD_TAG_PROBLEMS.TOO_LONG })
  tag?: string | null;

  @Field(() => ContentStatus, {
    nullable: true,
    description:
      'Only posts in this status (PUBLISHED when left out, unless `mine`). Others’ drafts are editors’ only.',
  })
  @IsOptional()
  @IsIn(CONTENT_STATUSES)
  status?: ContentStatusName | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the viewer’s own posts, in any status unless one is given.',
  })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only featured (true) or only other (false) posts.' })
  @IsOptional()
  @IsBoolean()
  featured?: boolean | null;
}
