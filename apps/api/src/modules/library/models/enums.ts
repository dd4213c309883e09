import { registerEnumType } from '@nestjs/graphql';
import {
  CONTENT_AUDIENCES,
  CONTENT_KINDS,
  CONTENT_STATUSES,
  type ContentAudienceName,
  type ContentKindName,
  type ContentStatusName,
  REVISION_EVENTS,
  type RevisionEventName,
} from '../library.constants';

const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ContentKind = enumOf<ContentKindName>(CONTENT_KINDS);
registerEnumType(ContentKind, {
  name: 'ContentKind',
  description: 'A kind of library content.',
  valuesMap: {
    BLOG_POST: { description: 'A blog post by a member of staff.' },
    PODCAST_EPISODE: { description: 'An episode of a podcast show.' },
    GLOSSARY_TERM: { description: 'A glossary term with its definition and translations.' },
    FAQ: { description: 'A frequently asked question and its answer.' },
    MYTH: { description: 'A myth-buster: the myth, the verdict and the facts.' },
  },
});

export const ContentStatus = enumOf<ContentStatusName>(CONTENT_STATUSES);
registerEnumType(ContentStatus, {
  name: 'ContentStatus',
  description: 'Where a library item is in the editorial workflow.',
  valuesMap: {
    DRAFT: { description: 'Being written; seen by its author and editors only.' },
    IN_REVIEW: { description: 'Waiting for an editor (or scheduled, when publishAt is set).' },
    PUBLISHED: { description: 'Readable by its audience.' },
    ARCHIVED: { description: 'Withdrawn; seen by its author and editors only.' },
  },
});

export const ContentAudience = enumOf<ContentAudienceName>(CONTENT_AUDIENCES);
registerEnumType(ContentAudience, {
  name: 'ContentAudience',
  description: 'Who may read a published library item.',
  valuesMap: {
    PUBLIC: { description: 'Anyone, signed in or not (and the public feed).' },
    STAFF: { description: 'Signed-in staff only.' },
  },
});

export const RevisionEvent = enumOf<RevisionEventName>(REVISION_EVENTS);
registerEnumType(RevisionEvent, {
  name: 'RevisionEvent',
  description: 'What happened when a revision was recorded.',
  valuesMap: {
    CREATED: { description: 'The item was started.' },
    EDITED: { description: 'Its text was changed.' },
    SUBMITTED: { description: 'It was sent for review.' },
    RETURNED: { description: 'An editor returned it to its author as a draft.' },
    SCHEDULED: { description: 'An editor scheduled it for publication.' },
    PUBLISHED: { description: 'It was published.' },
    ARCHIVED: { description: 'It was archived.' },
  },
});
