import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../../app/Page';
import { formatDate, formatTime } from '../../../lib/dates';
import { Button, Pagination, Select, Table, Tag, type TagColour } from '../../../ui';
import type { JobState } from '../../../gql/graphql';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { AdminNav } from '../components/AdminNav';
import { PAGE_SIZE, useCursorPage } from '../hooks/useCursorPage';
import { adminBackgroundJobsQuery } from '../operations';

/** The states in the order a job moves through them, with how admins read them. */
const JOB_STATES: { state: JobState; label: string; colour: TagColour; count: keyof JobCounts }[] = [
  { state: 'CREATED', label: 'Queued', colour: 'blue', count: 'created' },
  { state: 'ACTIVE', label: 'Running', colour: 'turquoise', count: 'active' },
  { state: 'RETRY', label: 'Waiting to retry', colour: 'yellow', count: 'retry' },
  { state: 'FAILED', label: 'Failed', colour: 'red', count: 'failed' },
  { state: 'COMPLETED', label: 'Completed', colour: 'green', count: 'completed' },
  { state: 'CANCELLED', label: 'Cancelled', colour: 'grey', count: 'cancelled' },
];

interface JobCounts {
  created: number;
  retry: number;
  active: number;
  completed: number;
  cancelled: number;
  failed: number;
}

const stateOf = (value: string | null) => JOB_STATES.find((item) => item.state === value);

const when = (value: string | null): string => (value ? `${formatDate(value)}, ${formatTime(value)}` : '');

/**
 * The background jobs (scheduled publishing, and later digests and reminders): what is
 * queued, what ran and what failed with its error, filtered by state in the URL so a
 * filtered list can be shared.
 */
export function JobsPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const page = useCursorPage();
  const filter = stateOf(params.get('state'));
  const [selected, setSelected] = useState<string>(filter?.state ?? '');
  const { data, loading, error } = useQuery(adminBackgroundJobsQuery, {
    variables: { first: PAGE_SIZE, after: page.after, state: filter?.state },
  });

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(`/admin/jobs${selected ? `?state=${selected}` : ''}`);
  };

  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.backgroundJobs;
  const counts = data?.backgroundJobCounts;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title="Background jobs" width="full" beforeHeading={<AdminNav />}>
      {counts ? (
        <p className="govuk-body">
          Right now: {counts.created} queued, {counts.active} running, {counts.retry} waiting to retry and{' '}
          {counts.failed} failed.
        </p>
      ) : null}
      <form role="search" className="app-filter" onSubmit={onFilter} aria-label="Filter jobs">
        <h2 className="govuk-heading-s">Filter</h2>
        <Select
          id="state"
          label="State"
          options={[
            { value: '', text: 'Any state' },
            ...JOB_STATES.map((item) => ({
              value: item.state,
              text: counts ? `${item.label} (${counts[item.count]})` : item.label,
            })),
          ]}
          value={selected}
          onChange={setSelected}
        />
        <Button variant="secondary">Apply filter</Button>{' '}
        {filter ? (
          <p className="govuk-body">
            <Link className="govuk-link" to="/admin/jobs">
              Clear filter
            </Link>
          </p>
        ) : null}
      </form>
      {loading && !data ? (
        <p className="govuk-body">Loading jobs…</p>
      ) : rows.length === 0 ? (
        <p className="govuk-body">
          {filter
            ? `No jobs are ${filter.label.toLowerCase()} right now.`
            : 'No background jobs have run yet. Jobs appear here when a lesson is scheduled to publish.'}
        </p>
      ) : (
        <>
          <Table
            caption={page.showing(rows.length, connection?.totalCount ?? rows.length, 'jobs')}
            captionClassName="govuk-table__caption--s"
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              {
                header: 'Job',
                rowHeader: true,
                cell: (row) => <span className="app-break-anywhere">{row.queue}</span>,
              },
              {
                header: 'State',
                cell: (row) => {
                  const state = stateOf(row.state);
                  return <Tag colour={state?.colour ?? 'grey'}>{state?.label ?? row.state}</Tag>;
                },
              },
              { header: 'Retries', numeric: true, cell: (row) => row.attempts },
              { header: 'Queued', cell: (row) => when(row.createdAt) },
              { header: 'Runs from', cell: (row) => when(row.startAfter) },
              { header: 'Finished', cell: (row) => when(row.completedAt) },
              {
                header: 'Last error',
                cell: (row) => (row.lastError ? <span className="app-break-anywhere">{row.lastError}</span> : ''),
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
