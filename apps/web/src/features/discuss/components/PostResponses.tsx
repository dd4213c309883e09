import { formatDateTime } from '../../../lib/dates';
import { useQuote } from '../hooks/useQuote';
import type { ThreadPost } from '../hooks/useThreadPosts';
import { PostReactions } from './PostReactions';

/**
 * What a reader can do with a post besides reading it: react to it, and quote it in their
 * reply (where the thread has a reply form). Nothing for a deleted post.
 */
export function PostResponses({ post }: { post: ThreadPost }) {
  const quote = useQuote();
  if (post.deleted) return null;
  return (
    <>
      <PostReactions post={post} />
      {quote ? (
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          <button type="button" className="govuk-link app-link-button" onClick={() => quote(post)}>
            Quote{' '}
            <span className="govuk-visually-hidden">the post from {formatDateTime(post.createdAt)} in your reply</span>
          </button>
        </p>
      ) : null}
    </>
  );
}
