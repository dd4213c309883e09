import { Field, ID, InputType } from '@nestjs/graphql';
import { ROLES, type RoleName, SECTORS, type SectorName } from '@common-ground/shared';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsUUID } from 'class-validator';
import { ID_MESSAGE, IdField, OrderField, TextField } from '../../../common/graphql/input-fields';
import { Role, Sector } from '../../identity/models/enums';
import { DISCUSSION_LIMITS } from '../discussion.constants';

const MAX = DISCUSSION_LIMITS.restrictionEntriesMax;

@InputType({ description: 'A forum category’s details.' })
export class CreateForumCategoryInput {
  @TextField({
    description: `Title (1–${DISCUSSION_LIMITS.categoryTitleMaxLength} characters).`,
    max: DISCUSSION_LIMITS.categoryTitleMaxLength,
    label: 'The title',
    blank: 'Enter a title',
  })
  title: string;

  @TextField({
    description: `What the category is for (up to ${DISCUSSION_LIMITS.categoryDescriptionMaxLength} characters).`,
    max: DISCUSSION_LIMITS.categoryDescriptionMaxLength,
    label: 'The description',
  })
  description: string;

  @OrderField({ description: 'Order in the forum; last when left out on create.', max: 100000, nullable: true })
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
  @IsUUID('all', { each: true, message: ID_MESSAGE })
  allowedOrganisationIds: string[];

  @Field({ description: 'Whether staff may post here without their name shown to other staff.' })
  @IsBoolean()
  allowsAnonymous: boolean;
}

@InputType({ description: 'New details for a forum category.' })
export class UpdateForumCategoryInput extends CreateForumCategoryInput {
  @IdField({ description: 'The category.' })
  categoryId: string;
}
