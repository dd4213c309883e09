import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminFixture, learnerFixture, renderRoute } from '../../../test/renderRoute';
import { adminBackgroundJobsQuery } from '../operations';

const counts = {
  __typename: 'BackgroundJobCounts',
  created: 2,
  retry: 1,
  active: 0,
  completed: 40,
  cancelled: 0,
  failed: 3,
};

function jobEdge(id: string, state: string, extra: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'BackgroundJobEdge',
    cursor: `cursor-${id}`,
    node: {
      __typename: 'BackgroundJob',
      id,
      queue: 'learning-publish-scheduled',
      state,
      attempts: 0,
      createdAt: '2026-06-16T08:30:00.000Z',
      startAfter: '2026-06-16T09:00:00.000Z',
      completedAt: null,
      lastError: null,
      ...extra,
    },
  };
}

const jobsMock = (state: string | undefined, edges: unknown[], hasNextPage = false) => ({
  request: { query: adminBackgroundJobsQuery, variables: { first: 20, state } },
  result: {
    data: {
      backgroundJobs: {
        __typename: 'BackgroundJobConnection',
        totalCount: edges.length + (hasNextPage ? 20 : 0),
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-next' : null },
        edges,
      },
      backgroundJobCounts: counts,
    },
  },
});

describe('JobsPage', () => {
  it('lists jobs with their state, retries, times and last error, and pages on', async () => {
    renderRoute('/admin/jobs', {
      viewer: adminFixture,
      mocks: [
        jobsMock(
          undefined,
          [
            jobEdge('job-1', 'FAILED', {
              attempts: 5,
              completedAt: '2026-06-16T09:05:00.000Z',
              lastError: 'The mail server said no.',
            }),
            jobEdge('job-2', 'CREATED'),
          ],
          true,
        ),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Background jobs/ })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Showing 1 to 2 of 22 jobs' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('Failed')).toHaveClass('govuk-tag', 'govuk-tag--red');
    expect(within(rows[1]).getByText('5')).toBeInTheDocument();
    expect(within(rows[1]).getByText('The mail server said no.')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Queued')).toHaveClass('govuk-tag');
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent('learning-publish-scheduled');
    expect(screen.getByText(/Right now: 2 queued, 0 running, 1 waiting to retry and 3 failed/)).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Failed (3)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Next/ })).toHaveAttribute('href', '/admin/jobs?after=cursor-next&prev=');
    const nav = screen.getByRole('navigation', { name: 'Admin' });
    expect(within(nav).getByRole('link', { name: 'Background jobs' })).toHaveAttribute('aria-current', 'page');
  });

  it('filters by state through the URL and says when nothing is in that state', async () => {
    const { router } = renderRoute('/admin/jobs', {
      viewer: adminFixture,
      mocks: [jobsMock(undefined, [jobEdge('job-2', 'CREATED')]), jobsMock('FAILED', [])],
    });
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByLabelText('State'), 'FAILED');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filter' }));
    expect(router.state.location.search).toBe('?state=FAILED');
    expect(await screen.findByText('No jobs are failed right now.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Clear filter' })).toHaveAttribute('href', '/admin/jobs');
  });

  it('says what the list is for when no job has run', async () => {
    renderRoute('/admin/jobs', { viewer: adminFixture, mocks: [jobsMock(undefined, [])] });
    expect(
      await screen.findByText(
        'No background jobs have run yet. Jobs appear here when a lesson is scheduled to publish.',
      ),
    ).toBeInTheDocument();
  });

  it('is not for learners', async () => {
    renderRoute('/admin/jobs', { viewer: learnerFixture });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
