import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Page } from '../../../app/Page';
import { formatDate } from '../../../lib/dates';
import { apiErrorCode } from '../../../lib/errors';
import { BackLink, ButtonLink, Pagination, Table, Tag } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { FollowLevelForm, UnreadPosts } from '../../notifications';
import { forumCategoryThreadsQuery } from '../operations';
import { DISCUSS_HREF, newThreadHref, threadHref } from '../paths';
import '../discuss.scss';

/** "No replies", "1 reply", "12 replies": posts after the first. */
function repliesText(postCount: number): string {
  const replies = Math.max(postCount - 1, 0);
  if (replies === 0) return 'No replies';
  return replies === 1 ? '1 reply' : `${replies} replies`;
}

/** A forum category's threads: pinned first, then newest activity, a page at a time. */
export function CategoryPage() {
  const { id = '' } = useParams();
  const page = useCursorPage();
  const { data, loading, error } = useQuery(forumCategoryThreadsQuery, {
    variables: { categoryId: id, first: PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  if (loading && !data) {
    return (
      <Page title="Loading forum">
        <p className="govuk-body">Loading…</p>
      </Page>
    );
  }
  const category = data?.forumCategory;
  if (!category) return <NotFoundPage />;
  const connection = data.forumThreads;
  const threads = connection.edges.map((edge) => edge.node);

  return (
    <Page
      title={category.title}
      caption="Discuss"
      width="full"
      beforeHeading={<BackLink to={DISCUSS_HREF} text="All forums" />}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">{category.description}</p>
          <ButtonLink to={newThreadHref(category.id)}>Start a thread</ButtonLink>
          <FollowLevelForm subject="category" id={category.id} level={category.viewerFollowLevel} />
        </div>
      </div>
      {threads.length === 0 ? (
        <p className="govuk-body">
          Nobody has started a thread here yet. Start one to ask a question or share your practice.
        </p>
      ) : (
        <>
          <Table
            caption={page.showing(threads.length, connection.totalCount, 'threads')}
            captionClassName="govuk-table__caption--s"
            rows={threads}
            rowKey={(thread) => thread.id}
            columns={[
              {
                header: 'Thread',
                rowHeader: true,
                cell: (thread) => (
                  <>
                    <Link className="govuk-link" to={threadHref(thread.id)}>
                      {thread.title}
                    </Link>
                    {thread.pinned || thread.locked ? (
                      <span className="app-thread-tags govuk-!-margin-top-1">
                        {thread.pinned ? <Tag colour="blue">Pinned</Tag> : null}
                        {thread.locked ? <Tag colour="grey">Locked</Tag> : null}
                      </span>
                    ) : null}
                  </>
                ),
              },
              { header: 'Replies', cell: (thread) => repliesText(thread.postCount) },
              { header: 'New posts', cell: (thread) => <UnreadPosts count={thread.viewerUnreadCount} /> },
              { header: 'Last post', cell: (thread) => formatDate(thread.lastActivityAt) },
            ]}
          />
          <Pagination
            previousHref={page.previousHref}
            nextHref={page.nextHref(connection.pageInfo)}
            landmarkLabel="Pages of threads"
          />
        </>
      )}
    </Page>
  );
}
