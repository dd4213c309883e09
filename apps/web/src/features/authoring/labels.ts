import type { Audience, PublicationStatus, TestRole } from '../../gql/graphql';
import type { TagColour } from '../../ui';

/** The words editors see for the authoring enums; colours only reinforce the words. */
export const STATUS_LABELS: Record<PublicationStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

export const STATUS_COLOURS: Record<PublicationStatus, TagColour> = {
  DRAFT: 'grey',
  IN_REVIEW: 'blue',
  PUBLISHED: 'green',
  ARCHIVED: 'orange',
};

export const STATUSES: PublicationStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  PUBLIC: 'Public',
  STAFF: 'Staff only',
};

export const AUDIENCE_HINTS: Record<Audience, string> = {
  PUBLIC: 'Anyone can take it, signed in or not: the public, carers and volunteers.',
  STAFF: 'Only signed-in staff of the partnership can see it.',
};

export const TEST_ROLE_LABELS: Record<TestRole, string> = {
  NONE: 'Neither',
  PRE_TEST: 'Pre-test',
  POST_TEST: 'Post-test',
};

export const TEST_ROLE_HINTS: Record<TestRole, string> = {
  NONE: 'An ordinary knowledge check, taken in its place in the module.',
  PRE_TEST: 'Taken first, to measure what people knew before the module.',
  POST_TEST: 'Taken last, once every other lesson is completed; people must pass it to complete the module.',
};

export function isAudience(value: string): value is Audience {
  return value === 'PUBLIC' || value === 'STAFF';
}

export function isTestRole(value: string): value is TestRole {
  return value === 'NONE' || value === 'PRE_TEST' || value === 'POST_TEST';
}

export function isStatus(value: string): value is PublicationStatus {
  return (STATUSES as string[]).includes(value);
}

/** Outcomes typed one per line, without blank lines. */
export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
