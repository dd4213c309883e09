import { Link } from 'react-router';
import type { BlogPostCardFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/dates';
import { Tag } from '../../../ui';
import { readingTime } from '../labels';
import { blogPostHref, blogTagHref } from '../paths';
import { ContentStatusTag } from './ContentStatusTag';

export interface BlogPostSummaryProps {
  post: BlogPostCardFragment;
  /** The heading level in the list (h2 on the blog page, h3 under a section heading). */
  headingLevel?: 2 | 3;
  /** False where the list itself says the post is featured. */
  showFeatured?: boolean;
}

/**
 * One post in a list: its title as a link, byline (name and organisation), date, reading
 * time, summary and tags (each a link that filters the blog). A post that is not published
 * shows its status, so authors and editors see where it stands.
 */
export function BlogPostSummary({ post, headingLevel = 2, showFeatured = true }: BlogPostSummaryProps) {
  const featured = showFeatured && post.featured;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const when = post.publishedAt ?? post.updatedAt;
  return (
    <li className="app-blog-summary">
      <Heading className="govuk-heading-m govuk-!-margin-bottom-2">
        <Link className="govuk-link" to={blogPostHref(post.slug)}>
          {post.title}
        </Link>
      </Heading>
      <p className="govuk-body-s app-blog-summary__meta">
        {post.author ? (
          <>
            {post.author.name}, {post.author.organisation.name}
            {' · '}
          </>
        ) : null}
        {post.publishedAt ? 'Published' : 'Last changed'} <time dateTime={String(when)}>{formatDate(when)}</time>
        {' · '}
        {readingTime(post.readingMinutes)}
      </p>
      {post.status !== 'PUBLISHED' || featured || post.audience === 'STAFF' ? (
        <p className="govuk-body govuk-!-margin-bottom-2 app-blog-tags">
          {post.status !== 'PUBLISHED' ? <ContentStatusTag status={post.status} /> : null}
          {featured ? <Tag colour="blue">Featured</Tag> : null}
          {post.audience === 'STAFF' ? <Tag colour="grey">Staff only</Tag> : null}
        </p>
      ) : null}
      {post.summary ? <p className="govuk-body">{post.summary}</p> : null}
      {post.tags.length ? (
        <ul className="govuk-list app-blog-tag-links" aria-label="Tags">
          {post.tags.map((tag) => (
            <li key={tag}>
              <Link className="govuk-link govuk-body-s" to={blogTagHref(tag)}>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
