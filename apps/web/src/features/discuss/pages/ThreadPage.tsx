import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Page } from '../../../app/Page';
import { apiErrorCode } from '../../../lib/errors';
import { BackLink, Tag } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { FollowLevelForm, useStartAfterSeq } from '../../notifications';
import { ThreadModerationLink } from '../../moderate/components/ThreadModerationLink';
import { ThreadDiscussion } from '../components/ThreadDiscussion';
import { discussionThreadQuery } from '../operations';
import { categoryHref, DISCUSS_HREF } from '../paths';
import '../discuss.scss';

/** One forum thread: its title, where it lives, its posts oldest first, and a reply form. */
export function ThreadPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { data, loading, error } = useQuery(discussionThreadQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const start = useStartAfterSeq(params.get('seq'), data?.discussionThread);
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  if (loading && !data) {
    return (
      <Page title="Loading discussion">
        <p className="govuk-body">Loading…</p>
      </Page>
    );
  }
  const thread = data?.discussionThread;
  if (!thread) return <NotFoundPage />;
  const category = thread.category;

  return (
    <Page
      title={thread.title}
      beforeHeading={
        category ? (
          <BackLink to={categoryHref(category.id)} text={`Back to ${category.title}`} />
        ) : (
          <BackLink to={DISCUSS_HREF} text="All forums" />
        )
      }
    >
      {category ? (
        <p className="govuk-body">
          In{' '}
          <Link className="govuk-link" to={categoryHref(category.id)}>
            {category.title}
          </Link>
        </p>
      ) : null}
      {thread.pinned || thread.locked || thread.tags.length > 0 ? (
        <p className="govuk-body app-thread-tags">
          {thread.pinned ? <Tag colour="blue">Pinned</Tag> : null}
          {thread.locked ? <Tag colour="grey">Locked</Tag> : null}
          {thread.tags.map((tag) => (
            <Tag key={tag} colour="light-blue">
              {tag}
            </Tag>
          ))}
        </p>
      ) : null}
      {thread.viewerCanModerate ? <ThreadModerationLink threadId={thread.id} /> : null}
      <FollowLevelForm subject="thread" id={thread.id} level={thread.viewerFollowLevel} />
      <h2 className="govuk-heading-m">Posts</h2>
      <ThreadDiscussion key={start ?? 0} thread={thread} formId="reply" startAfterSeq={start} />
    </Page>
  );
}
