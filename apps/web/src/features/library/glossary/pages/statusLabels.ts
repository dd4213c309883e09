import type { ContentStatus } from '../../../../gql/graphql';

/** How each workflow status reads on a glossary term's tag. */
export const STATUS_LABELS: Record<ContentStatus, string> = {
  DRAFT: 'Draft: only editors can see it',
  IN_REVIEW: 'In review: only editors can see it',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived: only editors can see it',
};
