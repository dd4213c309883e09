import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../../app/Page';
import { formatShortDate } from '../../../lib/dates';
import { Button, ButtonLink, Pagination, Select, Table, TextInput } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { StatusTag } from '../components/StatusTag';
import { AUDIENCE_LABELS, isStatus, STATUS_LABELS, STATUSES } from '../labels';
import { authoringModulesQuery } from '../operations';

/** Every learning module in any status, for editors, with a way to start a new one. */
export function AuthoringModulesPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = params.get('search') ?? '';
  const statusParam = params.get('status') ?? '';
  const status = isStatus(statusParam) ? statusParam : undefined;
  const [searchText, setSearchText] = useState(search);
  const [statusText, setStatusText] = useState(status ?? '');
  const page = useCursorPage();
  const { data, loading, error } = useQuery(authoringModulesQuery, {
    variables: { first: PAGE_SIZE, after: page.after, search: search || undefined, status },
  });

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (searchText.trim()) next.set('search', searchText.trim());
    if (statusText) next.set('status', statusText);
    const query = next.toString();
    void navigate(query ? `/authoring?${query}` : '/authoring');
  };

  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.authoringModules;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = search !== '' || status !== undefined;

  return (
    <Page title="Learning modules" caption="Write content" width="full">
      <p className="govuk-body">
        Write and publish modules and their lessons. Learners only see modules and lessons once they are published.
      </p>
      <ButtonLink to="/authoring/modules/new">Create a module</ButtonLink>
      <form role="search" className="app-filter" onSubmit={onFilter}>
        <TextInput
          id="search"
          label="Search by title"
          type="search"
          widthClassName="govuk-input--width-20"
          value={searchText}
          onChange={setSearchText}
        />
        <Select
          id="status"
          label="Status"
          options={[
            { value: '', text: 'Any status' },
            ...STATUSES.map((value) => ({ value, text: STATUS_LABELS[value] })),
          ]}
          value={statusText}
          onChange={setStatusText}
        />
        <Button variant="secondary">Show modules</Button>
      </form>
      {loading && !data ? (
        <p className="govuk-body">Loading modules…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body">
          {filtered
            ? 'No modules match. Check the spelling, search for part of the title or choose another status.'
            : 'There are no modules yet. Create the first one.'}
        </p>
      ) : (
        <>
          <Table
            caption={page.showing(rows.length, connection?.totalCount ?? rows.length, 'modules')}
            captionClassName="govuk-table__caption--s"
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              {
                header: 'Title',
                rowHeader: true,
                cell: (row) => (
                  <Link className="govuk-link" to={`/authoring/modules/${row.id}`}>
                    {row.title}
                  </Link>
                ),
              },
              { header: 'Status', cell: (row) => <StatusTag status={row.status} /> },
              { header: 'Audience', cell: (row) => AUDIENCE_LABELS[row.audience] },
              { header: 'Lessons', numeric: true, cell: (row) => row.lessons.length },
              { header: 'Last updated', cell: (row) => formatShortDate(row.updatedAt) },
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
