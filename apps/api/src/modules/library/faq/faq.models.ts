import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Actor } from '../../../common/auth/actor';
import { Connection } from '../../../common/graphql/connection';
import type { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentAudienceName, ContentStatusName } from '../library.constants';
import { abilities } from '../library.policy';
import { ContentViewerCan } from '../models/content.model';
import { ContentAudience, ContentStatus } from '../models/enums';
import type { FaqCategoryEntity } from './entities/faq-category.entity';
import type { FaqRecord } from './faq.service';

@ObjectType({ description: 'A heading FAQs are grouped under.' })
export class FaqCategory {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field({ description: 'A sentence shown under the heading (plain text).' })
  description: string;

  @Field(() => Int, { description: 'Where it is listed: lower first.' })
  position: number;
}

export const toFaqCategory = (c: FaqCategoryEntity): FaqCategory => ({
  id: c.id,
  name: c.name,
  description: c.description,
  position: c.position,
});

@ObjectType({ description: 'How many readers found an FAQ helpful (editors only).' })
export class FaqHelpfulCounts {
  @Field(() => Int, { description: 'Answers of “Yes”.' })
  yes: number;

  @Field(() => Int, { description: 'Answers of “No”.' })
  no: number;
}

@ObjectType({ description: 'The category an FAQ is filed under.' })
export class FaqCategoryRef {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;
}

@ObjectType({ description: 'A frequently asked question and its answer, with its place in the editorial workflow.' })
export class Faq {
  @Field(() => ID, { description: 'Identifier (of its content item).' })
  id: string;

  @Field({ description: 'The readable part of its web address.' })
  slug: string;

  @Field({ description: 'The question.' })
  question: string;

  @Field({ description: 'The answer, as sanitised HTML.' })
  answerHtml: string;

  @Field(() => FaqCategoryRef, { description: 'The category it is filed under.' })
  category: FaqCategoryRef;

  @Field(() => ContentStatus, { description: 'Where it is in the workflow.' })
  status: ContentStatusName;

  @Field(() => ContentAudience, { description: 'Who may read it once published.' })
  audience: ContentAudienceName;

  @Field(() => Date, { nullable: true, description: 'When it is scheduled to be published; null when not scheduled.' })
  publishAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was first published; null before.' })
  publishedAt: Date | null;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;

  @Field(() => ContentViewerCan, { description: 'What the viewer may do with it.' })
  viewerCan: ContentViewerCan;

  /** The workflow's row, for field resolvers; not a GraphQL field. */
  item: ContentItemEntity;
}

@ObjectType({ description: 'A page of FAQs, grouped by category.' })
export class FaqConnection extends Connection(Faq, 'Faq') {}

/** Maps an FAQ to its model, with what this viewer may do with it. */
export const toFaq = ({ item, category }: FaqRecord, actor: Actor | null): Faq => ({
  id: item.id,
  slug: item.slug,
  question: item.title,
  answerHtml: item.body,
  category: { id: category.id, name: category.name },
  status: item.status,
  audience: item.audience,
  publishAt: item.publishAt,
  publishedAt: item.publishedAt,
  updatedAt: item.updatedAt,
  viewerCan: abilities(actor, item),
  item,
});
