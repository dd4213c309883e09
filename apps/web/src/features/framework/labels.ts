import { CONFIDENCE_LABELS, type ConfidenceLevel } from '@common-ground/shared';

/** The confidence scale as radio choices, least confident first. */
export const CONFIDENCE_CHOICES = ([1, 2, 3, 4] as const).map((level) => ({
  value: String(level),
  text: CONFIDENCE_LABELS[level],
}));

/** A rating in words, for plans and summaries. */
export const confidenceText = (level: number): string => CONFIDENCE_LABELS[level as ConfidenceLevel] ?? 'Not rated';
