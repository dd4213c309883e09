import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Page } from '../../../app/Page';
import { formatShortDate } from '../../../lib/dates';
import { INVITATION_STATUS_LABELS, ROLE_LABELS } from '../../../lib/labels';
import { ButtonLink, Pagination, Table, Tag, type TagColour } from '../../../ui';
import type { InvitationStatus } from '../../../gql/graphql';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { AdminNav } from '../components/AdminNav';
import { PAGE_SIZE, useCursorPage } from '../hooks/useCursorPage';
import { adminInvitationsQuery } from '../operations';

const STATUS_COLOURS: Record<InvitationStatus, TagColour> = {
  PENDING: 'blue',
  ACCEPTED: 'green',
  REVOKED: 'grey',
  EXPIRED: 'grey',
};

/** Invitations sent, newest first, with a way to revoke those not yet used. */
export function InvitationsPage() {
  const page = useCursorPage();
  const { data, loading, error } = useQuery(adminInvitationsQuery, {
    variables: { first: PAGE_SIZE, after: page.after },
  });
  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.invitations;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title="Invitations" width="full" beforeHeading={<AdminNav />}>
      <ButtonLink to="/admin/invitations/new">Invite someone</ButtonLink>
      {loading && !data ? (
        <p className="govuk-body">Loading invitations…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body">No invitations have been sent yet. Use “Invite someone” to send the first one.</p>
      ) : (
        <>
          <Table
            caption={page.showing(rows.length, connection?.totalCount ?? rows.length, 'invitations')}
            captionClassName="govuk-table__caption--s"
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              {
                header: 'Email',
                rowHeader: true,
                cell: (row) => <span className="app-break-anywhere">{row.email}</span>,
              },
              { header: 'Organisation', cell: (row) => row.organisation.name },
              { header: 'Roles', cell: (row) => row.roles.map((role) => ROLE_LABELS[role]).join(', ') },
              {
                header: 'Status',
                cell: (row) => <Tag colour={STATUS_COLOURS[row.status]}>{INVITATION_STATUS_LABELS[row.status]}</Tag>,
              },
              { header: 'Expires', cell: (row) => formatShortDate(row.expiresAt) },
              {
                header: 'Action',
                cell: (row) =>
                  row.status === 'PENDING' ? (
                    <Link
                      className="govuk-link"
                      to={`/admin/invitations/${row.id}/revoke`}
                      state={{ email: row.email }}
                    >
                      Revoke<span className="govuk-visually-hidden"> invitation for {row.email}</span>
                    </Link>
                  ) : null,
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
