import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { Page } from '../../../app/Page';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { apiErrorCode } from '../../../lib/errors';
import { BackLink, InsetText, Tag } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { LoadingPage } from '../../../app/guards';
import { BlogComments } from '../components/BlogComments';
import { ContentStatusTag } from '../components/ContentStatusTag';
import { readingTime } from '../labels';
import { GlossaryLinkedHtml } from '../glossary/components/GlossaryLinkedHtml';
import { blogPostQuery } from '../operations';
import { BLOG_PATH, blogTagHref, editBlogPostHref } from '../paths';
import '../library.scss';

/**
 * One blog post: title, byline with organisation, date, reading time, cover, the text
 * (sanitised by the server), tags and, once published, its comments; for its author and
 * editors where it stands in the workflow with a link to edit it. A post the reader may not
 * see is "not found".
 */
export function BlogPostPage() {
  const { slug = '' } = useParams();
  const { viewer } = useAuth();
  const location = useLocation();
  const { data, loading, error } = useQuery(blogPostQuery, { variables: { idOrSlug: slug } });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  const post = data?.blogPost;
  if (!post) return <NotFoundPage />;

  return (
    <Page title={post.title} caption="Blog" beforeHeading={<BackLink to={BLOG_PATH} />}>
      {post.status !== 'PUBLISHED' ? (
        <InsetText>
          <p className="govuk-body">
            <ContentStatusTag status={post.status} />{' '}
            {post.publishAt
              ? `Scheduled to be published on ${formatDateTime(post.publishAt)}.`
              : post.status === 'IN_REVIEW'
                ? 'Waiting for an editor to review it. Only you and editors can see it.'
                : post.status === 'ARCHIVED'
                  ? 'Archived: only its author and editors can see it.'
                  : 'A draft: only you and editors can see it.'}
          </p>
        </InsetText>
      ) : null}
      <p className="govuk-body app-blog-byline">
        {post.author ? (
          <>
            By <strong>{post.author.name}</strong>, {post.author.jobTitle}, {post.author.organisation.name}
            <br />
          </>
        ) : null}
        {post.publishedAt ? (
          <>
            Published <time dateTime={post.publishedAt}>{formatDate(post.publishedAt)}</time>
            {' · '}
          </>
        ) : null}
        {readingTime(post.readingMinutes)}
        {post.audience === 'STAFF' ? (
          <>
            {' '}
            <Tag colour="grey">Staff only</Tag>
          </>
        ) : null}
      </p>
      {post.viewerCan.edit || post.viewerCan.publish ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={editBlogPostHref(post.id)}>
            {post.viewerCan.edit ? 'Edit this post' : 'Review this post'}
          </Link>
        </p>
      ) : null}
      {post.cover ? <img className="app-blog-cover" src={post.cover.url} alt={post.cover.alt} /> : null}
      <GlossaryLinkedHtml className="govuk-body app-blog-body" html={post.linkedBodyHtml} />
      {post.tags.length ? (
        <>
          <h2 className="govuk-heading-s">Tags</h2>
          <ul className="govuk-list app-blog-tag-links">
            {post.tags.map((tag) => (
              <li key={tag}>
                <Link className="govuk-link" to={blogTagHref(tag)}>
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {post.status === 'PUBLISHED' ? (
        <BlogComments
          postId={post.id}
          signedIn={!!viewer}
          signInHref={`/sign-in?next=${encodeURIComponent(location.pathname)}`}
        />
      ) : null}
    </Page>
  );
}
