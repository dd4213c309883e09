import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { FAQ_LIMITS } from '@common-ground/shared';
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

@InputType({ description: 'An FAQ category’s name and description.' })
export class FaqCategoryInput {
  @Field({ description: `Name (1–${FAQ_LIMITS.categoryNameMaxLength} characters), unique.` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a name for the category' })
  @MaxLength(FAQ_LIMITS.categoryNameMaxLength, {
    message: `The name must be ${FAQ_LIMITS.categoryNameMaxLength} characters or fewer`,
  })
  name: string;

  @Field(() => String, { nullable: true, description: 'A sentence shown under the heading (plain text).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(FAQ_LIMITS.categoryDescriptionMaxLength, {
    message: `The description must be ${FAQ_LIMITS.categoryDescriptionMaxLength} characters or fewer`,
  })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Where it is listed: lower first (0 when left out).' })
  @IsOptional()
  @IsInt({ message: 'Enter a whole number' })
  @Min(0, { message: 'Enter 0 or more' })
  @Max(1000, { message: 'Enter 1000 or less' })
  position?: number | null;
}

@InputType({ description: 'New name, description and place for an FAQ category.' })
export class UpdateFaqCategoryInput extends FaqCategoryInput {
  @Field(() => ID, { description: 'The category.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'Names an FAQ category.' })
export class FaqCategoryIdInput {
  @Field(() => ID, { description: 'The category.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'An FAQ: the question, its answer and where it is filed.' })
export class FaqInput {
  @Field({ description: `The question (1–${CONTENT_LIMITS.titleMax} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the question' })
  @MaxLength(CONTENT_LIMITS.titleMax, {
    message: `The question must be ${CONTENT_LIMITS.titleMax} characters or fewer`,
  })
  question: string;

  @Field({
    description: `The answer as HTML from the editor (up to ${CONTENT_LIMITS.bodyMax} characters); sanitised by the server.`,
  })
  @IsString()
  @MaxLength(CONTENT_LIMITS.bodyMax, { message: `The answer must be ${CONTENT_LIMITS.bodyMax} characters or fewer` })
  answerHtml: string;

  @Field(() => ID, { description: 'The category it is filed under.' })
  @IsUUID('all', { message: 'Choose a category' })
  categoryId: string;

  @Field(() => ContentAudience, { nullable: true, description: 'Who may read it once published (STAFF when new).' })
  @IsOptional()
  @IsIn(CONTENT_AUDIENCES)
  audience?: ContentAudienceName | null;
}

@InputType({ description: 'New question, answer and category for an FAQ.' })
export class UpdateFaqInput extends FaqInput {
  @Field(() => ID, { description: 'The FAQ.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'Which FAQs to list.' })
export class FaqFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only FAQs in this category.' })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  categoryId?: string | null;

  @Field(() => ContentStatus, {
    nullable: true,
    description: 'Only FAQs in this status (PUBLISHED when left out). Others are editors’ only.',
  })
  @IsOptional()
  @IsIn(CONTENT_STATUSES)
  status?: ContentStatusName | null;
}

@InputType({ description: 'An answer to “Was this helpful?”; a second answer replaces the first.' })
export class VoteFaqInput {
  @Field(() => ID, { description: 'The FAQ.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  faqId: string;

  @Field({ description: 'True for “Yes”, false for “No”.' })
  @IsBoolean()
  helpful: boolean;
}
