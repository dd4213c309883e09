import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Page } from '../../../app/Page';
import { formatDate, formatTime } from '../../../lib/dates';
import { OUTBOX_STATUS_LABELS } from '../../../lib/labels';
import { Pagination, Table, Tag, type TagColour } from '../../../ui';
import type { OutboxStatus } from '../../../gql/graphql';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { AdminNav } from '../components/AdminNav';
import { PAGE_SIZE, useCursorPage } from '../hooks/useCursorPage';
import { adminOutboxQuery } from '../operations';

export const OUTBOX_STATUS_COLOURS: Record<OutboxStatus, TagColour> = {
  QUEUED: 'blue',
  SENT: 'green',
  FAILED: 'red',
};

/**
 * Emails the service has sent or queued. Without a mail server configured
 * this is where sign-up and reset links can be found.
 */
export function OutboxPage() {
  const page = useCursorPage();
  const { data, loading, error } = useQuery(adminOutboxQuery, { variables: { first: PAGE_SIZE, after: page.after } });
  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.outboxMessages;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title="Outbox" width="full" beforeHeading={<AdminNav />}>
      {loading && !data ? (
        <p className="govuk-body">Loading messages…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body">
          No emails have been sent yet. Emails appear here when people sign up, reset a password or are invited.
        </p>
      ) : (
        <>
          <Table
            caption={page.showing(rows.length, connection?.totalCount ?? rows.length, 'messages')}
            captionClassName="govuk-table__caption--s"
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { header: 'To', cell: (row) => <span className="app-break-anywhere">{row.to}</span> },
              {
                header: 'Subject',
                rowHeader: true,
                cell: (row) => (
                  <Link className="govuk-link" to={`/admin/outbox/${row.id}`}>
                    {row.subject}
                  </Link>
                ),
              },
              { header: 'Date', cell: (row) => `${formatDate(row.createdAt)}, ${formatTime(row.createdAt)}` },
              {
                header: 'Status',
                cell: (row) => <Tag colour={OUTBOX_STATUS_COLOURS[row.status]}>{OUTBOX_STATUS_LABELS[row.status]}</Tag>,
              },
            ]}
          />
          <Pagination
            previousHref={page.previousHref}
            nextHref={connection ? page.nextHref(connection.pageInfo) : undefined}
          />
        </>
      )}
    </Page>
  );
}
