import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ContentStatus, RevisionEvent } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { Details } from '../../../ui';
import { REVISION_EVENT_LABELS } from '../labels';
import { ContentStatusTag } from './ContentStatusTag';

type RevisionConnection = { totalCount: number; edges: readonly { node: RevisionEntry }[] };

/**
 * An item's revision history below its editor (see RevisionHistory): the blog, FAQ and
 * myth-buster editors each pass their item's revisions query and where the revisions sit in it.
 */
export function ItemRevisions<Q>({
  query,
  id,
  pick,
}: {
  query: TypedDocumentNode<Q, { idOrSlug: string; first?: number | null }>;
  id: string;
  pick: (data: Q) => RevisionConnection | undefined;
}) {
  // The history grows with every step taken on the page around it: always ask the server too.
  const { data, loading, error } = useQuery(query, {
    variables: { idOrSlug: id, first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <RevisionHistory connection={data ? pick(data) : undefined} loading={loading && !data} failed={!!error && !data} />
  );
}

/** One revision as the history shows it. */
export interface RevisionEntry {
  id: string;
  number: number;
  event: RevisionEvent;
  status: ContentStatus;
  title: string;
  bodyHtml: string;
  createdAt: string;
  createdBy?: { name: string } | null;
}

/**
 * A library item's revision history, newest first: what happened, who did it and when, with
 * the text as it was at each step behind a "Show the text" disclosure.
 */
export function RevisionHistory({
  connection,
  loading,
  failed,
}: {
  connection: RevisionConnection | undefined;
  loading: boolean;
  failed: boolean;
}) {
  const revisions = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="history-heading">
      <h2 className="govuk-heading-m" id="history-heading">
        Revision history
      </h2>
      {loading ? (
        <p className="govuk-body">Loading the history…</p>
      ) : failed ? (
        <p className="govuk-body">The history cannot be shown at the moment. Try again later.</p>
      ) : (
        <>
          {connection && connection.totalCount > revisions.length ? (
            <p className="govuk-body">
              The latest {revisions.length} of {connection.totalCount} revisions.
            </p>
          ) : null}
          <ol className="govuk-list app-revisions" reversed>
            {revisions.map((revision) => (
              <li key={revision.id} className="app-revision">
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <strong>
                    {revision.number}. {REVISION_EVENT_LABELS[revision.event]}
                  </strong>{' '}
                  by {revision.createdBy?.name ?? 'someone whose account was removed'} on{' '}
                  {formatDateTime(revision.createdAt)} <ContentStatusTag status={revision.status} />
                </p>
                <Details summary={`Show the text of revision ${revision.number}`}>
                  <h3 className="govuk-heading-s">{revision.title}</h3>
                  <div className="govuk-body" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
                </Details>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
