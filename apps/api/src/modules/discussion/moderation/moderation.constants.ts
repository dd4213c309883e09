/** Sizes and defaults of moderation. */
export const MODERATION_LIMITS = {
  reasonMaxLength: 1000,
  flagReasonMaxLength: 500,
  wordMaxLength: 100,
  /** Watched words in the list (the list is read on every post, so it stays small). */
  watchedWordsMax: 500,
  /** A suspension lasts from 1 hour to a year. */
  suspensionMaxDays: 365,
  flagThresholdMax: 100,
  holdFirstPostsMax: 50,
  /** Moderators one category may have in charge. */
  moderatorsPerCategory: 20,
  /** Reports listed with a post in the queue (the count says how many in all). */
  flagsShown: 10,
} as const;

/** Settings in force until an admin changes them. */
export const MODERATION_DEFAULTS = {
  /** Open flags that hide a post until reviewed. */
  flagThreshold: 3,
  /** Posts held for review until this many of a person's posts are published (0: off). */
  holdFirstPosts: 0,
} as const;
