/**
 * The reactions a reader may leave on a post: a small fixed set, each shown with words (never
 * an emoji alone), so the meaning is the same for everyone and for screen readers.
 */
export const POST_REACTIONS = ['THANKS', 'HELPFUL', 'AGREE', 'INSIGHTFUL'] as const;

/** One of POST_REACTIONS. */
export type PostReactionName = (typeof POST_REACTIONS)[number];

/** What a reaction button says, and how it is read out with its count. */
export const POST_REACTION_LABELS: Record<PostReactionName, { label: string; description: string }> = {
  THANKS: { label: 'Thanks', description: 'Thank the writer' },
  HELPFUL: { label: 'Helpful', description: 'Say this post helped you' },
  AGREE: { label: 'Agree', description: 'Say you agree' },
  INSIGHTFUL: { label: 'Insightful', description: 'Say this post made you think' },
};

/** True for one of POST_REACTIONS (input from a client is checked with this). */
export function isPostReaction(value: unknown): value is PostReactionName {
  return typeof value === 'string' && (POST_REACTIONS as readonly string[]).includes(value);
}

/** How many readers left each reaction on a post, in POST_REACTIONS order. */
export interface PostReactionCount {
  reaction: PostReactionName;
  count: number;
}
