import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../../app/Page';
import { SECTOR_LABELS } from '../../../lib/labels';
import { Button, ButtonLink, Pagination, Table, TextInput } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { AdminNav } from '../components/AdminNav';
import { yesNo } from '../components/yesNo';
import { PAGE_SIZE, useCursorPage } from '../hooks/useCursorPage';
import { adminOrganisationsQuery } from '../operations';

/** Every organisation in the partnership, with how many people each has. */
export function OrganisationsPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = params.get('search') ?? '';
  const [searchText, setSearchText] = useState(search);
  const page = useCursorPage();
  const { data, loading, error } = useQuery(adminOrganisationsQuery, {
    variables: { first: PAGE_SIZE, after: page.after, search: search || undefined },
  });

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = searchText.trim();
    void navigate(trimmed ? `/admin/organisations?search=${encodeURIComponent(trimmed)}` : '/admin/organisations');
  };

  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.organisations;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title="Organisations" width="full" beforeHeading={<AdminNav />}>
      <ButtonLink to="/admin/organisations/new">Add an organisation</ButtonLink>
      <form role="search" className="app-filter" onSubmit={onSearch}>
        <TextInput
          id="search"
          label="Search by name"
          type="search"
          widthClassName="govuk-input--width-20"
          value={searchText}
          onChange={setSearchText}
        />
        <Button variant="secondary">Search</Button>
      </form>
      {loading && !data ? (
        <p className="govuk-body">Loading organisations…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body">
          {search
            ? `No organisations match “${search}”. Check the spelling or search for part of the name.`
            : 'There are no organisations yet. Add the first one.'}
        </p>
      ) : (
        <>
          <Table
            caption={page.showing(rows.length, connection?.totalCount ?? rows.length, 'organisations')}
            captionClassName="govuk-table__caption--s"
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              {
                header: 'Name',
                rowHeader: true,
                cell: (row) => (
                  <Link className="govuk-link" to={`/admin/organisations/${row.id}/edit`}>
                    {row.name}
                  </Link>
                ),
              },
              { header: 'Sector', cell: (row) => SECTOR_LABELS[row.sector] },
              { header: 'Funds the partnership', cell: (row) => yesNo(row.fundsPartnership) },
              {
                header: 'Safer programme',
                cell: (row) =>
                  row.sector === 'VOLUNTARY_AND_COMMUNITY' ? yesNo(row.saferProgrammeMember) : 'Not applicable',
              },
              { header: 'People', numeric: true, cell: (row) => row.peopleCount },
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
