import type { EndingRating, LessonKindName } from '@common-ground/shared';
import type { TagColour } from '../../../ui';

/**
 * The words learners and editors see for the learning enums, in one place so the player, the
 * module page and the editor say the same thing. The words carry the meaning; colours only
 * reinforce it.
 */
export const RATING_LABELS: Record<EndingRating, string> = {
  GOOD: 'Good outcome',
  MIXED: 'Mixed outcome',
  POOR: 'Poor outcome',
};

export const RATING_COLOURS: Record<EndingRating, TagColour> = {
  GOOD: 'green',
  MIXED: 'yellow',
  POOR: 'red',
};

/** Short names for the editor's rating radios. */
export const RATING_OPTION_LABELS: Record<EndingRating, string> = {
  GOOD: 'Good',
  MIXED: 'Mixed',
  POOR: 'Poor',
};

export const LESSON_KIND_LABELS: Record<LessonKindName, string> = {
  ARTICLE: 'Article',
  SCENARIO: 'Scenario',
  KNOWLEDGE_CHECK: 'Knowledge check',
};

/** "2 points", "1 point", "-1 point"… */
export function points(value: number): string {
  return `${value} ${Math.abs(value) === 1 ? 'point' : 'points'}`;
}

/** "1 problem", "3 problems". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
