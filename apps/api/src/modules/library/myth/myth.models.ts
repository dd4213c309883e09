import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MythVerdictName } from '@common-ground/shared';
import type { Actor } from '../../../common/auth/actor';
import { Connection } from '../../../common/graphql/connection';
import type { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentAudienceName, ContentStatusName } from '../library.constants';
import { abilities, isLibraryEditor } from '../library.policy';
import { ContentViewerCan } from '../models/content.model';
import { ContentAudience, ContentStatus } from '../models/enums';
import type { MythEvidenceEntity } from './entities/myth-evidence.entity';
import type { MythEntity } from './entities/myth.entity';
import { MythVerdict } from './myth.enums';
import type { MythRecord } from './myth.service';

@ObjectType({ description: 'One source behind a myth-buster’s facts.' })
export class MythEvidence {
  @Field({ description: 'Its title (plain text).' })
  title: string;

  @Field({ description: 'Who published it (plain text).' })
  publisher: string;

  @Field({ description: 'Its web address (always http or https).' })
  url: string;

  @Field(() => String, { nullable: true, description: 'When it was published, as YYYY-MM-DD.' })
  publishedOn: string | null;
}

export const toMythEvidence = (e: MythEvidenceEntity): MythEvidence => ({
  title: e.title,
  publisher: e.publisher,
  url: e.url,
  publishedOn: e.publishedOn,
});

@ObjectType({ description: 'A glossary term a myth-buster relates to.' })
export class MythRelatedTerm {
  @Field(() => ID, { description: 'The term’s id.' })
  id: string;

  @Field({ description: 'The term’s address in the glossary.' })
  slug: string;

  @Field({ description: 'The term.' })
  term: string;
}

@ObjectType({ description: 'An FAQ a myth-buster relates to.' })
export class MythRelatedFaq {
  @Field(() => ID, { description: 'The FAQ’s id.' })
  id: string;

  @Field({ description: 'The FAQ’s address.' })
  slug: string;

  @Field({ description: 'The question.' })
  question: string;
}

@ObjectType({ description: 'Where a reported rumour was heard (editors only).' })
export class RumourSource {
  @Field(() => ID, { nullable: true, description: 'The post; null once it has been removed.' })
  postId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A link to the post in its thread; null when the post is gone or the viewer cannot open it.',
  })
  href: string | null;

  @Field({ description: 'When it was reported.' })
  reportedAt: Date;

  /** Resolved by name through a batched field resolver. */
  reportedById: string | null;
}

@ObjectType({
  description: 'A myth-buster: the myth as people say it, the verdict, the facts and their evidence.',
})
export class Myth {
  @Field(() => ID, { description: 'Identifier (of its content item).' })
  id: string;

  @Field({ description: 'The readable part of its web address.' })
  slug: string;

  @Field({ description: 'The myth as people say it (plain text).' })
  claim: string;

  @Field(() => MythVerdict, { nullable: true, description: 'The verdict; null only on a draft not yet judged.' })
  verdict: MythVerdictName | null;

  @Field({ description: 'The facts in a sentence, for lists (plain text).' })
  summary: string;

  @Field({ description: 'The facts, as sanitised HTML.' })
  factsHtml: string;

  @Field(() => Date, { nullable: true, description: 'When its facts were last checked.' })
  reviewedAt: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when published and last reviewed (or published) longer ago than the review age setting; null for anyone but editors.',
  })
  reviewDue: boolean | null;

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

  /** The workflow's and the kind's rows, for field resolvers; not GraphQL fields. */
  item: ContentItemEntity;
  myth: MythEntity;
}

@ObjectType({ description: 'A page of myth-busters.' })
export class MythConnection extends Connection(Myth, 'Myth') {}

@ObjectType({ description: 'The myth-busters’ settings.' })
export class MythSettings {
  @Field(() => Int, { description: 'Months after its last review that a published myth is flagged as due for review.' })
  reviewAfterMonths: number;
}

/** Maps a myth to its model, with what this viewer may do with it. */
export const toMyth = ({ item, myth, reviewDue }: MythRecord, actor: Actor | null): Myth => ({
  id: item.id,
  slug: item.slug,
  claim: item.title,
  verdict: myth.verdict,
  summary: item.summary,
  factsHtml: item.body,
  reviewedAt: myth.reviewedAt,
  reviewDue: isLibraryEditor(actor) ? reviewDue : null,
  status: item.status,
  audience: item.audience,
  publishAt: item.publishAt,
  publishedAt: item.publishedAt,
  updatedAt: item.updatedAt,
  viewerCan: abilities(actor, item),
  item,
  myth,
});
