import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Actor } from '../../../common/auth/actor';
import type { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentKindName, ContentStatusName } from '../library.constants';
import { abilities } from '../library.policy';
import { ContentViewerCan } from './content.model';
import { ContentKind, ContentStatus } from './enums';

@ObjectType({ description: 'A library item’s place in the workflow, as a workflow step leaves it.' })
export class ContentItemState {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ContentKind, { description: 'What kind of item it is.' })
  kind: ContentKindName;

  @Field({ description: 'The readable part of its web address.' })
  slug: string;

  @Field(() => ContentStatus, { description: 'Where it is now.' })
  status: ContentStatusName;

  @Field(() => Date, { nullable: true, description: 'When it is scheduled to be published.' })
  publishAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was first published.' })
  publishedAt: Date | null;

  @Field(() => ContentViewerCan, { description: 'What the viewer may do with it now.' })
  viewerCan: ContentViewerCan;
}

export const toContentItemState = (item: ContentItemEntity, actor: Actor | null): ContentItemState => ({
  id: item.id,
  kind: item.kind,
  slug: item.slug,
  status: item.status,
  publishAt: item.publishAt,
  publishedAt: item.publishedAt,
  viewerCan: abilities(actor, item),
});
