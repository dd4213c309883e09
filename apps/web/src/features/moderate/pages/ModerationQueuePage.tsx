import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Page } from '../../../app/Page';
import { formatDateTime } from '../../../lib/dates';
import { InsetText, Pagination, SummaryList, Tag } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { threadHref } from '../../discuss/paths';
import { ModerationNav } from '../components/ModerationNav';
import { PostModerationActions } from '../components/PostModeration';
import { moderationQueueQuery } from '../operations';
import { suspendHref, threadModerationHref } from '../paths';
import '../moderate.scss';

const STATE_TAG = {
  VISIBLE: { colour: 'blue', text: 'Visible' },
  HIDDEN: { colour: 'red', text: 'Hidden' },
  HELD: { colour: 'yellow', text: 'Waiting for review' },
} as const;

/**
 * The moderation queue: reported and held posts in the categories the moderator looks after,
 * oldest first, each with its thread, category, author, the start of its text and the
 * reports, and the decisions to make on it.
 */
export function ModerationQueuePage() {
  const page = useCursorPage();
  const { data, loading, error, refetch } = useQuery(moderationQueueQuery, {
    variables: { first: PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.moderationQueue;
  const items = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title="Moderation queue" caption="Moderation" width="full">
      <ModerationNav />
      {loading && !data ? (
        <p className="govuk-body">Loading…</p>
      ) : items.length === 0 ? (
        <>
          <p className="govuk-body">Nothing is waiting for review.</p>
          <p className="govuk-body">
            Posts that staff report, and posts held for review by a watched word or because they are among a person’s
            first posts, appear here, oldest first.
          </p>
        </>
      ) : (
        <>
          <p className="govuk-body">{page.showing(items.length, connection?.totalCount ?? 0, 'posts waiting')}</p>
          {items.map((item) => {
            const state = STATE_TAG[item.state];
            return (
              <section className="app-moderation-item" key={item.id} aria-labelledby={`queue-${item.id}`}>
                <h2 className="govuk-heading-m" id={`queue-${item.id}`}>
                  <Link className="govuk-link" to={threadHref(item.thread.id)}>
                    {item.thread.title}
                  </Link>
                </h2>
                <SummaryList
                  rows={[
                    { key: 'Status', value: <Tag colour={state.colour}>{state.text}</Tag> },
                    {
                      key: 'Where',
                      value: item.thread.category ? item.thread.category.title : 'A lesson’s discussion',
                    },
                    {
                      key: 'Written by',
                      value: item.author
                        ? `${item.author.name}, ${item.author.jobTitle}, ${item.author.organisation.name}`
                        : 'A colleague (posted anonymously)',
                    },
                    { key: 'Posted', value: formatDateTime(item.post.createdAt) },
                    { key: 'In the queue since', value: formatDateTime(item.queuedAt) },
                  ]}
                />
                <InsetText>{item.excerpt || '(No text)'}</InsetText>
                {item.flagCount > 0 ? (
                  <>
                    <h3 className="govuk-heading-s">
                      {item.flagCount === 1 ? '1 report' : `${item.flagCount} reports`}
                    </h3>
                    <ul className="govuk-list govuk-list--bullet">
                      {item.flags.map((flag) => (
                        <li key={flag.id}>
                          “{flag.reason}” –{' '}
                          {flag.automatic ? 'a watched word' : (flag.flagger?.name ?? 'a former member of staff')},{' '}
                          {formatDateTime(flag.createdAt)}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="govuk-body">Held for review; nobody has reported it.</p>
                )}
                <PostModerationActions
                  post={item.post}
                  when={formatDateTime(item.post.createdAt)}
                  onDecided={() => void refetch()}
                  showReportCount={false}
                />
                <ul className="govuk-list app-post__actions">
                  <li>
                    <Link className="govuk-link" to={threadModerationHref(item.thread.id)}>
                      Lock, pin or move the discussion
                      <span className="govuk-visually-hidden"> “{item.thread.title}”</span>
                    </Link>
                  </li>
                  {item.author ? (
                    <li>
                      <Link className="govuk-link" to={suspendHref(item.author.id)}>
                        Suspend {item.author.name}
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </section>
            );
          })}
          <Pagination
            previousHref={page.previousHref}
            nextHref={connection ? page.nextHref(connection.pageInfo) : undefined}
            landmarkLabel="Pages of the queue"
          />
        </>
      )}
    </Page>
  );
}
