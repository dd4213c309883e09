import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../../app/Page';
import { isRole, ROLE_LABELS, ROLES } from '../../../lib/labels';
import { Button, Checkboxes, Pagination, Select, Table, Tag, TextInput } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { AdminNav } from '../components/AdminNav';
import { PAGE_SIZE, useCursorPage } from '../hooks/useCursorPage';
import { adminPeopleQuery, organisationOptionsQuery } from '../operations';

/**
 * Find people by name or email, filtered by organisation and role. Filters
 * live in the URL so a filtered list can be shared or bookmarked.
 */
export function PeoplePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const page = useCursorPage();
  const search = params.get('search') ?? '';
  const organisationId = params.get('organisation') ?? '';
  const roleParam = params.get('role') ?? '';
  const role = isRole(roleParam) ? roleParam : undefined;
  const includeDeactivated = params.get('deactivated') === 'yes';

  const [filters, setFilters] = useState({
    search,
    organisationId,
    role: role ?? '',
    deactivated: includeDeactivated ? ['yes'] : [],
  });
  const organisations = useQuery(organisationOptionsQuery);
  const { data, loading, error } = useQuery(adminPeopleQuery, {
    variables: {
      first: PAGE_SIZE,
      after: page.after,
      search: search || undefined,
      organisationId: organisationId || undefined,
      role,
      includeDeactivated,
    },
  });

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (filters.search.trim()) next.set('search', filters.search.trim());
    if (filters.organisationId) next.set('organisation', filters.organisationId);
    if (filters.role) next.set('role', filters.role);
    if (filters.deactivated.includes('yes')) next.set('deactivated', 'yes');
    const query = next.toString();
    void navigate(`/admin/people${query ? `?${query}` : ''}`);
  };

  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.people;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const organisationOptions = [
    { value: '', text: 'All organisations' },
    ...(organisations.data?.organisations.edges.map((edge) => ({ value: edge.node.id, text: edge.node.name })) ?? []),
  ];
  const filtered = Boolean(search || organisationId || role || includeDeactivated);

  return (
    <Page title="People" width="full" beforeHeading={<AdminNav />}>
      <form role="search" className="app-filter" onSubmit={onFilter} aria-label="Filter people">
        <h2 className="govuk-heading-s">Filter</h2>
        <TextInput
          id="search"
          label="Name or email address"
          type="search"
          widthClassName="govuk-input--width-20"
          value={filters.search}
          onChange={(value) => setFilters({ ...filters, search: value })}
        />
        <Select
          id="organisation"
          label="Organisation"
          options={organisationOptions}
          value={filters.organisationId}
          onChange={(value) => setFilters({ ...filters, organisationId: value })}
        />
        <Select
          id="role"
          label="Role"
          options={[
            { value: '', text: 'Any role' },
            ...ROLES.map((item) => ({ value: item, text: ROLE_LABELS[item] })),
          ]}
          value={filters.role}
          onChange={(value) => setFilters({ ...filters, role: value })}
        />
        <Checkboxes
          idPrefix="deactivated"
          legend="Closed accounts"
          legendClassName="govuk-visually-hidden"
          small
          items={[{ value: 'yes', text: 'Include closed accounts' }]}
          values={filters.deactivated}
          onChange={(values) => setFilters({ ...filters, deactivated: values })}
        />
        <Button variant="secondary">Apply filters</Button>{' '}
        {filtered ? (
          <p className="govuk-body">
            <Link className="govuk-link" to="/admin/people">
              Clear filters
            </Link>
          </p>
        ) : null}
      </form>
      {loading && !data ? (
        <p className="govuk-body">Loading people…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body">
          {filtered
            ? 'Nobody matches these filters. Try fewer filters or a shorter search.'
            : 'Nobody has an account yet. Invite someone from the Invitations page.'}
        </p>
      ) : (
        <>
          <Table
            caption={page.showing(rows.length, connection?.totalCount ?? rows.length, 'people')}
            captionClassName="govuk-table__caption--s"
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              {
                header: 'Name',
                rowHeader: true,
                cell: (row) => (
                  <Link className="govuk-link" to={`/admin/people/${row.id}`}>
                    {row.name}
                  </Link>
                ),
              },
              {
                header: 'Email',
                cell: (row) => <span className="app-break-anywhere">{row.email ?? 'Not shown'}</span>,
              },
              { header: 'Organisation', cell: (row) => row.organisation.name },
              { header: 'Roles', cell: (row) => row.roles.map((item) => ROLE_LABELS[item]).join(', ') },
              {
                header: 'Status',
                cell: (row) =>
                  !row.active ? (
                    <Tag colour="grey">Closed</Tag>
                  ) : row.emailVerified ? (
                    <Tag colour="green">Active</Tag>
                  ) : (
                    <Tag colour="yellow">Email not confirmed</Tag>
                  ),
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
