import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';
import type { ContentRevisionEntity } from '../entities/content-revision.entity';
import type { ContentStatusName, RevisionEventName } from '../library.constants';
import { ContentStatus, RevisionEvent } from './enums';

@ObjectType({ description: 'What the viewer may do with a library item (the workflow rules, presented).' })
export class ContentViewerCan {
  @Field({ description: 'Change its text and details.' })
  edit: boolean;

  @Field({ description: 'Send the draft for review.' })
  submit: boolean;

  @Field({ description: 'Return it from review to its author as a draft (editors).' })
  returnToDraft: boolean;

  @Field({ description: 'Publish it now or schedule it (editors).' })
  publish: boolean;

  @Field({ description: 'Archive it (editors).' })
  archive: boolean;

  @Field({ description: 'See its revision history (editors and its author).' })
  seeHistory: boolean;
}

@ObjectType({ description: 'A copy of a library item’s text made at one save or workflow step.' })
export class ContentRevision {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => Int, { description: '1 for the first copy, then 2, 3…' })
  number: number;

  @Field(() => RevisionEvent, { description: 'What happened.' })
  event: RevisionEventName;

  @Field(() => ContentStatus, { description: 'The item’s status after this step.' })
  status: ContentStatusName;

  @Field({ description: 'The title then.' })
  title: string;

  @Field({ description: 'The summary then (plain text).' })
  summary: string;

  @Field({ description: 'The text then, as sanitised HTML.' })
  bodyHtml: string;

  @Field({ description: 'When.' })
  createdAt: Date;

  /** Resolved by name through a batched field resolver. */
  createdById: string | null;
}

@ObjectType({ description: 'A page of revisions, newest first.' })
export class ContentRevisionConnection extends Connection(ContentRevision, 'ContentRevision') {}

export const toContentRevision = (r: ContentRevisionEntity): ContentRevision => ({
  id: r.id,
  number: r.number,
  event: r.event,
  status: r.status,
  title: r.title,
  summary: r.summary,
  bodyHtml: r.body,
  createdAt: r.createdAt,
  createdById: r.createdById,
});
