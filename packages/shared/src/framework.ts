/**
 * The learning and development framework's shared words and rules (API and web): the kinds
 * of competency and learning resource, the confidence scale people rate themselves on, and
 * the limits both sides enforce.
 */

/** A competency is something a person needs to know, or to be able to do. */
export const COMPETENCY_KINDS = ['KNOW', 'DO'] as const;
export type CompetencyKindName = (typeof COMPETENCY_KINDS)[number];

export const COMPETENCY_KIND_LABELS: Record<CompetencyKindName, string> = {
  KNOW: 'What you need to know',
  DO: 'What you need to do',
};

/** "Attending training is not the only way to learn": every kind of resource counts. */
export const RESOURCE_KINDS = [
  'MODULE',
  'COURSE',
  'BRIEFING',
  'READING',
  'PODCAST',
  'SHADOWING',
  'EXTERNAL_LINK',
] as const;
export type ResourceKindName = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_KIND_LABELS: Record<ResourceKindName, string> = {
  MODULE: 'E-learning module',
  COURSE: 'Course',
  BRIEFING: 'Briefing',
  READING: 'Reading',
  PODCAST: 'Podcast',
  SHADOWING: 'Shadowing a colleague',
  EXTERNAL_LINK: 'Website',
};

/** Confidence, from 1 (not confident) to 4 (very confident), in plain words. */
export const CONFIDENCE_LEVELS = [1, 2, 3, 4] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

export const CONFIDENCE_LABELS: Record<ConfidenceLevel, string> = {
  1: 'I do not know this yet',
  2: 'I know a little, but I need to learn more',
  3: 'I am fairly confident',
  4: 'I am confident and could help others',
};

/** Ratings at or below this are gaps, and the learning plan suggests resources for them. */
export const GAP_CONFIDENCE_MAX = 2;

export const FRAMEWORK_LIMITS = {
  nameMaxLength: 120,
  descriptionMaxLength: 500,
  statementMaxLength: 400,
  resourceTitleMaxLength: 200,
  resourceDescriptionMaxLength: 1000,
  urlMaxLength: 500,
  reflectionMaxLength: 1000,
  /** Strands and workforce groups are short lists an admin keeps. */
  strandsMax: 20,
  workforceGroupsMax: 12,
  /** Competencies for one strand and workforce group. */
  competenciesPerCellMax: 40,
  competenciesPerResourceMax: 40,
  /** Ratings sent at once (one strand and group's worth). */
  ratingsPerRequestMax: 40,
  /** The most gaps and resources one plan lists. */
  planItemsMax: 100,
  positionMax: 10000,
} as const;
