/** Sizes and rates of the discussion feature, from the product's decisions. */
export const DISCUSSION_LIMITS = {
  /** Characters of post HTML, as sent (before sanitising). */
  postBodyMaxLength: 20_000,
  threadTitleMaxLength: 200,
  categoryTitleMaxLength: 200,
  categoryDescriptionMaxLength: 1000,
  /** Categories in the forum (admins create them; the list is never paged). */
  categoriesMax: 100,
  /** Roles, sectors or organisations one category may be restricted to. */
  restrictionEntriesMax: 100,
  /** Edits one post may have; its whole history is listed with it. */
  editsPerPost: 50,
  /** Threads one person may start in any minute (the "posts 10 a minute"). */
  threadsPerMinute: 10,
  /** Replies one person may make in any minute (beside a lesson, in a thread, under a blog post). */
  repliesPerMinute: 20,
  /** Scene ids are scenario scene ids (short slugs). */
  sceneIdMaxLength: 64,
} as const;
