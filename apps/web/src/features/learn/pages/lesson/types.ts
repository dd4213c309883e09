import type { LessonAttemptFieldsFragment, LessonPageQuery } from '../../../../gql/graphql';

/** The lesson as the lesson page loads it. */
export type LoadedLesson = NonNullable<LessonPageQuery['lesson']>;

/** One go at a lesson, as every player mutation returns it. */
export type Attempt = LessonAttemptFieldsFragment;

/** A certificate a step has just issued. */
export interface IssuedCertificate {
  code: string;
}

/** What every kind of lesson needs from the page around it. */
export interface LessonPartProps {
  lesson: LoadedLesson;
  signedIn: boolean;
  signInHref: string;
  /** The next lesson, or the module page after the last one. */
  nextHref: string;
  nextLabel: string;
  /** Called when a step completes the module (for the first time). */
  onModuleCompleted: (certificate: IssuedCertificate) => void;
  /** Called as the attempt moves on (so the discussion can unfold posts about scenes now reached). */
  onAttemptChange?: (attempt: Attempt | null) => void;
}
