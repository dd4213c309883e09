/**
 * The course register, evaluation and certificate vocabulary, shared by the API and the web
 * app (seed 004: a certificate only for whole attendance and a completed evaluation form).
 */

/** How a confirmed delegate attended a session, as the trainer marks it on the register. */
export const ATTENDANCE_STATUSES = ['WHOLE', 'LATE', 'LEFT_EARLY', 'ABSENT'] as const;
export type AttendanceStatusName = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatusName, string> = {
  WHOLE: 'Whole session',
  LATE: 'Arrived late',
  LEFT_EARLY: 'Left early',
  ABSENT: 'Absent',
};

/** Statuses that count as having been there: the delegate may evaluate the session. */
export const PRESENT_STATUSES: readonly AttendanceStatusName[] = ['WHOLE', 'LATE', 'LEFT_EARLY'];

/** The evaluation form's ratings, each 1 (poor) to 5 (excellent). */
export const EVALUATION_RATINGS = ['overall', 'content', 'trainer', 'usefulness'] as const;
export type EvaluationRatingName = (typeof EVALUATION_RATINGS)[number];

export const EVALUATION_RATING_LABELS: Record<EvaluationRatingName, string> = {
  overall: 'The session overall',
  content: 'What the session covered',
  trainer: 'How the trainer led the session',
  usefulness: 'How useful it will be in your work',
};

export const EVALUATION_LIMITS = {
  ratingMin: 1,
  ratingMax: 5,
  textMax: 2000,
  /** Delegates a register takes in one save: more than any session's capacity. */
  registerMax: 500,
} as const;
