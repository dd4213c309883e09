import { createContext, useContext } from 'react';
import type { ThreadPost } from './useThreadPosts';

/**
 * How a post's "Quote" action reaches the reply form of its thread. Null where posts are shown
 * without a reply form (a locked thread), so no Quote action is offered.
 */
export const QuoteContext = createContext<((post: ThreadPost) => void) | null>(null);

/** The thread's "quote this post in my reply", or null when there is nowhere to reply. */
export function useQuote(): ((post: ThreadPost) => void) | null {
  return useContext(QuoteContext);
}
