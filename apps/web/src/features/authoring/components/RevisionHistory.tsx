import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '../../../lib/dates';
import { Table } from '../../../ui';
import { lessonRevisionsQuery } from '../operations';

/** A lesson's published versions, newest first: number, who published it and when. */
export function RevisionHistory({ lessonId, liveNumber }: { lessonId: string; liveNumber: number | null }) {
  const { data, loading, error } = useQuery(lessonRevisionsQuery, { variables: { lessonId, first: 20 } });
  const revisions = data?.lessonRevisions.edges.map((edge) => edge.node) ?? [];
  const total = data?.lessonRevisions.totalCount ?? revisions.length;

  return (
    <section className="app-authoring-section" aria-labelledby="history-heading">
      <h2 className="govuk-heading-m" id="history-heading">
        Published versions
      </h2>
      {loading && !data ? (
        <p className="govuk-body">Loading published versions…</p>
      ) : error && !data ? (
        <p className="govuk-body">The published versions cannot be shown at the moment. Try again later.</p>
      ) : revisions.length === 0 ? (
        <p className="govuk-body">Not published yet. Each time you publish, a version is kept here.</p>
      ) : (
        <Table
          caption={
            total > revisions.length
              ? `The latest ${revisions.length} of ${total} versions`
              : `${total} ${total === 1 ? 'version' : 'versions'}`
          }
          captionClassName="govuk-visually-hidden"
          rows={revisions}
          rowKey={(row) => row.id}
          columns={[
            {
              header: 'Version',
              rowHeader: true,
              cell: (row) => (
                <>
                  {row.number}
                  {row.number === liveNumber ? <span className="govuk-body-s"> (live)</span> : null}
                </>
              ),
            },
            { header: 'Title', cell: (row) => row.title },
            { header: 'Published by', cell: (row) => row.createdBy?.name ?? 'Someone whose account was removed' },
            { header: 'Published', cell: (row) => formatDateTime(row.createdAt) },
          ]}
        />
      )}
    </section>
  );
}
