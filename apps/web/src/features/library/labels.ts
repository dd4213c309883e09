import type { ContentAudience, ContentStatus, RevisionEvent } from '../../gql/graphql';
import type { TagColour } from '../../ui';

/** A library item's workflow status in words people use. */
export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

export const CONTENT_STATUS_COLOURS: Record<ContentStatus, TagColour> = {
  DRAFT: 'grey',
  IN_REVIEW: 'yellow',
  PUBLISHED: 'green',
  ARCHIVED: 'red',
};

export const AUDIENCE_LABELS: Record<ContentAudience, string> = {
  PUBLIC: 'Everyone, including people who are not signed in',
  STAFF: 'Signed-in staff only',
};

export const REVISION_EVENT_LABELS: Record<RevisionEvent, string> = {
  CREATED: 'Started',
  EDITED: 'Changed',
  SUBMITTED: 'Sent for review',
  RETURNED: 'Returned to the author',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

/** "4 minutes to read". */
export const readingTime = (minutes: number): string =>
  minutes === 1 ? '1 minute to read' : `${minutes} minutes to read`;
