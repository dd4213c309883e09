import { useQuery } from '@apollo/client/react';
import { checkThreadTags } from '@common-ground/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { Page } from '../../../app/Page';
import { formatDate } from '../../../lib/dates';
import { apiErrorCode } from '../../../lib/errors';
import { BackLink, ButtonLink, Pagination, Table, Tag } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { FollowLevelForm, UnreadPosts } from '../../notifications';
import { ThreadTagLinks } from '../components/ThreadTagLinks';
import { forumCategoryThreadsQuery } from '../operations';
import { categoryHref, DISCUSS_HREF, newThreadHref, threadHref } from '../paths';
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
  const [params] = useSearchParams();
  // ?tag= lists only the threads with that tag; one no thread could carry lists nothing.
  const asked = params.get('tag');
  const checkedTag = asked ? checkThreadTags([asked]) : null;
  const tag = checkedTag && 'tags' in checkedTag ? (checkedTag.tags[0] ?? null) : null;
  const impossibleTag = !!asked?.trim() && tag === null;
  const { data, loading, error } = useQuery(forumCategoryThreadsQuery, {
    variables: { categoryId: id, first: PAGE_SIZE, after: page.after, tag },
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
  const threads = impossibleTag ? [] : connection.edges.map((edge) => edge.node);
  const shownTag = tag ?? asked?.trim();

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
      {shownTag ? (
        <p className="govuk-body">
          Showing threads tagged ‘{shownTag}’.{' '}
          <Link className="govuk-link" to={categoryHref(category.id)}>
            Show all threads
          </Link>
        </p>
      ) : null}
      {threads.length === 0 ? (
        <p className="govuk-body">
          {shownTag
            ? 'No threads here have that tag.'
            : 'Nobody has started a thread here yet. Start one to ask a question or share your practice.'}
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
                    <ThreadTagLinks categoryId={category.id} tags={thread.tags} />
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
