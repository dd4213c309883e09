import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RoleName, SectorName } from '@common-ground/shared';
import { isRestricted } from '../discussion.policy';
import type { ForumCategoryEntity } from '../entities/forum-category.entity';
import { Role, Sector } from '../../identity/models/enums';

@ObjectType({ description: 'Who may see a restricted category (shown to admins only).' })
export class ForumCategoryRestriction {
  @Field(() => [Role], { description: 'People holding any of these roles see it.' })
  roles: RoleName[];

  @Field(() => [Sector], { description: 'People whose organisation is in any of these sectors see it.' })
  sectors: SectorName[];

  @Field(() => [ID], { description: 'People in any of these organisations see it.' })
  organisationIds: string[];
}

@ObjectType({ description: 'A forum category: a place for threads on one subject.' })
export class ForumCategory {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'What the category is for.' })
  description: string;

  @Field(() => Int, { description: 'Order in the forum, smallest first.' })
  position: number;

  @Field({ description: 'True when staff may post here without their name shown to other staff.' })
  allowsAnonymous: boolean;

  @Field({ description: 'True when only some roles, sectors or organisations see this category.' })
  restricted: boolean;

  @Field(() => ForumCategoryRestriction, {
    nullable: true,
    description: 'Who may see it; null when unrestricted, and for anyone but admins.',
  })
  restriction: ForumCategoryRestriction | null;
}

/** Maps a category row; the restriction lists go only to those who manage the forum. */
export function toForumCategory(e: ForumCategoryEntity, canManage: boolean): ForumCategory {
  const restricted = isRestricted(e);
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    position: e.position,
    allowsAnonymous: e.allowsAnonymous,
    restricted,
    restriction:
      canManage && restricted
        ? { roles: e.allowedRoles, sectors: e.allowedSectors, organisationIds: e.allowedOrganisationIds }
        : null,
  };
}
