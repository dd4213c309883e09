import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { Page } from '../../../app/Page';
import { formatDateTime } from '../../../lib/dates';
import { BackLink, NotificationBanner, Table } from '../../../ui';
import { readNotice } from '../../authoring/notice';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { blogPostsQuery } from '../operations';
import { BLOG_PATH, editBlogPostHref } from '../paths';

/**
 * The editors' review queue: posts sent for review, the most recently changed first, each
 * linking to the editor page where it is published, scheduled or returned.
 */
export function BlogReviewPage() {
  const location = useLocation();
  const notice = readNotice(location.state);
  const { data, loading, error } = useQuery(blogPostsQuery, {
    variables: { first: 50, filter: { status: 'IN_REVIEW' } },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <SomethingWentWrong />;
  const posts = data?.blogPosts.edges.map((edge) => edge.node) ?? [];

  return (
    <Page
      title="Posts waiting for review"
      caption="Blog"
      width="full"
      beforeHeading={
        <>
          <BackLink to={BLOG_PATH} />
          {notice ? (
            <NotificationBanner type="success" heading={notice.heading}>
              {notice.body ? <p className="govuk-body">{notice.body}</p> : null}
            </NotificationBanner>
          ) : null}
        </>
      }
    >
      {loading && !data ? (
        <p className="govuk-body">Loading posts…</p>
      ) : posts.length === 0 ? (
        <p className="govuk-body">No posts are waiting for review. Posts that staff send for review appear here.</p>
      ) : (
        <Table
          caption={posts.length === 1 ? '1 post waiting' : `${posts.length} posts waiting`}
          captionClassName="govuk-visually-hidden"
          rows={posts}
          rowKey={(post) => post.id}
          columns={[
            {
              header: 'Post',
              rowHeader: true,
              cell: (post) => (
                <Link className="govuk-link" to={editBlogPostHref(post.id)}>
                  {post.title}
                </Link>
              ),
            },
            {
              header: 'Written by',
              cell: (post) => (post.author ? `${post.author.name}, ${post.author.organisation.name}` : 'Unknown'),
            },
            { header: 'Last changed', cell: (post) => formatDateTime(post.updatedAt) },
            {
              header: 'Scheduled',
              cell: (post) => (post.publishAt ? formatDateTime(post.publishAt) : 'Not scheduled'),
            },
          ]}
        />
      )}
    </Page>
  );
}
