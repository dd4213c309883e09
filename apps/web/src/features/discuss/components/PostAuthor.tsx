import type { ThreadPost } from '../hooks/useThreadPosts';

/**
 * Who wrote a post: name, job title and organisation, or "A colleague" when it was posted
 * anonymously (its author, who still sees their own name, is told how others see it).
 */
export function PostAuthor({ post }: { post: ThreadPost }) {
  const author = post.author;
  if (!author) return <>A colleague</>;
  return (
    <>
      {author.name}
      <span className="govuk-!-font-weight-regular app-post__role">
        {author.jobTitle ? `${author.jobTitle}, ` : ''}
        {author.organisation.name}
        {post.anonymous ? ' (others see “A colleague”)' : ''}
      </span>
    </>
  );
}
