import { excerptOf } from '../excerpt';
import type { ThreadPost } from '../hooks/useThreadPosts';
import '../responses.scss';

/** The quoted post as a quote shows it: its author, a short excerpt and a link to it. */
export type QuotedPostSummary = NonNullable<ThreadPost['quotedPost']>;

/**
 * The start of the post a reply quotes: who wrote it, a short excerpt and a link to it in the
 * thread, or "a deleted post" when its author has since deleted it (or a hidden one, when
 * moderation keeps its text from the viewer).
 */
export function QuotedPost({ quoted }: { quoted: QuotedPostSummary }) {
  if (quoted.deleted) {
    return <p className="govuk-body-s app-quote">Replying to a deleted post.</p>;
  }
  // A hidden or held post comes with no text for those who may not see it.
  if (!quoted.body) {
    return <p className="govuk-body-s app-quote">Replying to a post that is hidden.</p>;
  }
  const author = quoted.author?.name ?? 'a colleague';
  return (
    <blockquote className="app-quote">
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        Quoting{' '}
        <a className="govuk-link" href={`#post-${quoted.id}`}>
          {author}’s post
        </a>
        :
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0 app-quote__text">“{excerptOf(quoted.body)}”</p>
    </blockquote>
  );
}
