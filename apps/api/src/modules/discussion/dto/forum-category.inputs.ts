import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ROLES, type RoleName, SECTORS, type SectorName } from '@common-ground/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Trim } from '../../identity/dto/normalise';
import { Role, Sector } from '../../identity/models/enums';
import { DISCUSSION_LIMITS } from '../discussion.constants';

const UUID_MESSAGE = 'Must be a valid identifier';
const MAX = DISCUSSION_LIMITS.restrictionEntriesMax;

@InputType({ description: 'A forum category’s details.' })
export class CreateForumCategoryInput {
  @Field({ description: `Title (1–${DISCUSSION_LIMITS.categoryTitleMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title' })
  @MaxLength(DISCUSSION_LIMITS.categoryTitleMaxLength, { message: 'The title must be 200 characters or fewer' })
  title: string;

  @Field({
    description: `What the category is for (up to ${DISCUSSION_LIMITS.categoryDescriptionMaxLength} characters).`,
  })
  @Trim()
  @IsString()
  @MaxLength(DISCUSSION_LIMITS.categoryDescriptionMaxLength, {
    message: 'The description must be 1,000 characters or fewer',
  })
  description: string;

  @Field(() => Int, { nullable: true, description: 'Order in the forum; last when left out on create.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  position?: number | null;

  @Field(() => [Role], { description: 'Only people holding one of these roles see it (with the lists below).' })
  @IsArray()
  @ArrayMaxSize(MAX)
  @IsIn(ROLES, { each: true })
  allowedRoles: RoleName[];

  @Field(() => [Sector], { description: 'Only people whose organisation is in one of these sectors see it.' })
  @IsArray()
  @ArrayMaxSize(MAX)
  @IsIn(SECTORS, { each: true })
  allowedSectors: SectorName[];

  @Field(() => [ID], { description: 'Only people in one of these organisations see it. All three empty: everyone.' })
  @IsArray()
  @ArrayMaxSize(MAX)
  @IsUUID('all', { each: true, message: UUID_MESSAGE })
  allowedOrganisationIds: string[];

  @Field({ description: 'Whether staff may post here without their name shown to other staff.' })
  @IsBoolean()
  allowsAnonymous: boolean;
}

@InputType({ description: 'New details for a forum category.' })
export class UpdateForumCategoryInput extends CreateForumCategoryInput {
  @Field(() => ID, { description: 'The category.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  categoryId: string;
}
