import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../app/AuthContext';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { readDate } from './FinancePage';
import { courseChargesQuery } from './operations';

const leadFixture: Viewer = { ...learnerFixture, id: 'lead-1', roles: ['LEARNER', 'MODERATOR'] };

const chargesMock = (from: string, to: string) => ({
  request: { query: courseChargesQuery, variables: { period: { from, to }, first: 20, after: undefined } },
  result: {
    data: {
      courseChargesByOrganisation: {
        __typename: 'OrganisationChargesConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          {
            __typename: 'OrganisationChargesEdge',
            node: {
              __typename: 'OrganisationCharges',
              organisationId: 'o1',
              organisationName: 'Saltmarsh Care Ltd',
              sector: 'PRIVATE',
              places: 3,
              lateCancellations: 1,
              noShows: 1,
              totalPence: 40000,
            },
          },
        ],
      },
      courseChargeTotals: {
        __typename: 'ChargeTotals',
        organisations: 1,
        places: 3,
        lateCancellations: 1,
        noShows: 1,
        totalPence: 40000,
      },
    },
  },
});

describe('FinancePage', () => {
  it('shows charges per organisation for the period in the address, totals and the CSV link', async () => {
    renderRoute('/courses/finance?from=2026-06-01&to=2026-06-30', {
      viewer: leadFixture,
      mocks: [chargesMock('2026-06-01', '2026-06-30')],
    });
    expect(await screen.findByRole('heading', { level: 2, name: '1 June 2026 to 30 June 2026' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Charges by organisation' });
    const row = within(table).getByRole('row', { name: /Saltmarsh Care Ltd/ });
    expect(row).toHaveTextContent('Private');
    expect(row).toHaveTextContent('£400.00');
    expect(screen.getByText('Total owed').nextElementSibling).toHaveTextContent('£400.00');
    expect(screen.getByRole('link', { name: /Download every charged place/ })).toHaveAttribute(
      'href',
      '/api/exports/course-charges.csv?from=2026-06-01&to=2026-06-30',
    );
    const from = screen.getByRole('group', { name: 'From' });
    expect(within(from).getByRole('textbox', { name: 'Day' })).toHaveValue('1');
  });

  it('checks the dates before changing the period', async () => {
    const user = userEvent.setup();
    renderRoute('/courses/finance?from=2026-06-01&to=2026-06-30', {
      viewer: leadFixture,
      mocks: [chargesMock('2026-06-01', '2026-06-30')],
    });
    const to = await screen.findByRole('group', { name: 'To' });
    const day = within(to).getByRole('textbox', { name: 'Day' });
    await user.clear(day);
    await user.type(day, '31');
    await user.click(screen.getByRole('button', { name: 'Show charges' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The end date must be a real date' })).toHaveAttribute(
      'href',
      '#to',
    );
  });

  it('reads a date from the boxes', () => {
    expect(readDate({ day: '5', month: '3', year: '2026' }, 'start')).toEqual({ iso: '2026-03-05' });
    expect(readDate({}, 'start')).toEqual({ error: 'Enter the start date' });
    expect(readDate({ day: '29', month: '2', year: '2027' }, 'end')).toEqual({
      error: 'The end date must be a real date',
    });
    expect(readDate({ day: 'x', month: '2', year: '2027' }, 'end')).toEqual({
      error: 'Enter the end date using numbers only',
    });
  });

  it('is refused to a learner', async () => {
    renderRoute('/courses/finance', { viewer: learnerFixture });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Charges by organisation');
  });
});
