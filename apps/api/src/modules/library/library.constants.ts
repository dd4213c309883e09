/**
 * Every kind of library content. Each kind goes through the one editorial workflow
 * (WorkflowService); its own fields live in a table of its own keyed by the content item.
 */
export const CONTENT_KINDS = ['BLOG_POST', 'PODCAST_EPISODE', 'GLOSSARY_TERM', 'FAQ', 'MYTH'] as const;
export type ContentKindName = (typeof CONTENT_KINDS)[number];

/** The editorial life of a content item: DRAFT → IN_REVIEW → PUBLISHED (now or at publishAt) → ARCHIVED. */
export const CONTENT_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;
export type ContentStatusName = (typeof CONTENT_STATUSES)[number];

/** Who may read a published item: anyone (PUBLIC) or signed-in staff (STAFF). */
export const CONTENT_AUDIENCES = ['PUBLIC', 'STAFF'] as const;
export type ContentAudienceName = (typeof CONTENT_AUDIENCES)[number];

/** What happened in a revision: every save and every step of the workflow keeps a copy. */
export const REVISION_EVENTS = [
  'CREATED',
  'EDITED',
  'SUBMITTED',
  'RETURNED',
  'SCHEDULED',
  'PUBLISHED',
  'ARCHIVED',
] as const;
export type RevisionEventName = (typeof REVISION_EVENTS)[number];

/** Limits on content text, checked on input and in the database column sizes. */
export const CONTENT_LIMITS = {
  titleMax: 200,
  summaryMax: 500,
  /** Characters of HTML in one body, before sanitising. */
  bodyMax: 100_000,
  coverAltMax: 300,
} as const;

/** Words a person reads in a minute, for reading times. */
export const WORDS_PER_MINUTE = 200;
