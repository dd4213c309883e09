/**
 * FAQs and myth-busters: the verdicts a myth can get and the limits both sides enforce.
 */

/** How a myth-buster judges what people say: false, misleading, or partly true. */
export const MYTH_VERDICTS = ['FALSE', 'MISLEADING', 'PARTLY_TRUE'] as const;
export type MythVerdictName = (typeof MYTH_VERDICTS)[number];

/** The words shown on a verdict's tag. */
export const MYTH_VERDICT_LABELS: Record<MythVerdictName, string> = {
  FALSE: 'False',
  MISLEADING: 'Misleading',
  PARTLY_TRUE: 'Partly true',
};

export const FAQ_LIMITS = {
  categoryNameMaxLength: 80,
  categoryDescriptionMaxLength: 300,
  /** Categories listed at once (editors keep a handful). */
  categoriesMax: 50,
} as const;

export const MYTH_LIMITS = {
  evidenceMax: 12,
  evidenceTitleMaxLength: 200,
  publisherMaxLength: 120,
  urlMaxLength: 500,
  /** Glossary terms and FAQs one myth links to. */
  relatedMax: 20,
  /** "What they heard" in a rumour report (it becomes the draft myth's title). */
  rumourMaxLength: 200,
  /** Rumours one person may report in an hour. */
  rumoursPerHour: 10,
  reviewMonthsMin: 1,
  reviewMonthsMax: 60,
  /** A myth is due for review when last reviewed (or published) longer ago than this, unless an editor changes it. */
  reviewMonthsDefault: 12,
} as const;
