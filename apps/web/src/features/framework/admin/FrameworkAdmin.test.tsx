import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminFixture, learnerFixture, renderRoute } from '../../../test/renderRoute';
import { frameworkAdminQuery, frameworkCompetencyPageQuery, frameworkModuleChoicesQuery } from './operations';

const gap = (id: string, statement: string) => ({
  __typename: 'Competency',
  id,
  statement,
  kind: 'KNOW',
  position: 1,
  strandId: 's-1',
  strandName: 'Protecting people',
  workforceGroupId: 'g-1',
  workforceGroupName: 'Leaders and managers',
  resourceCount: 0,
});

describe('framework admin', () => {
  it('lists the competencies no resource serves yet, each with change and delete', async () => {
    renderRoute('/framework/admin/gaps', {
      viewer: adminFixture,
      mocks: [
        {
          request: {
            query: frameworkCompetencyPageQuery,
            variables: { filter: { unmappedOnly: true }, first: 50, after: null },
          },
          result: {
            data: {
              frameworkCompetencyPage: {
                __typename: 'CompetencyConnection',
                totalCount: 2,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [
                  { __typename: 'CompetencyEdge', node: gap('c-1', 'Know your duties to the partnership') },
                  { __typename: 'CompetencyEdge', node: gap('c-2', 'Make time for supervision') },
                ],
              },
            },
          },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: '2 without a resource' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('Know your duties to the partnership');
    expect(within(rows[1]).getByRole('link', { name: /^Delete/ })).toHaveAttribute(
      'href',
      '/framework/admin/competencies/c-1/delete',
    );
  });

  it('checks a new strand before sending it, with the errors at the top', async () => {
    renderRoute('/framework/admin/strands/new', {
      viewer: adminFixture,
      mocks: [
        {
          request: { query: frameworkAdminQuery },
          result: { data: { frameworkStrands: [], frameworkGroups: [] } },
        },
      ],
    });
    const name = await screen.findByLabelText('Name');
    await userEvent.clear(screen.getByLabelText('Order'));
    await userEvent.type(screen.getByLabelText('Order'), 'first');
    await userEvent.click(screen.getByRole('button', { name: 'Add strand' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the strand’s name' })).toHaveAttribute('href', '#name');
    expect(within(summary).getByRole('link', { name: /Enter the order as a whole number/ })).toBeInTheDocument();
    expect(name).toHaveClass('govuk-input--error');
  });

  it('offers every competency on the resource form, reading page after page', async () => {
    const page = (after: string | null, nodes: ReturnType<typeof gap>[], endCursor: string | null) => ({
      request: { query: frameworkCompetencyPageQuery, variables: { first: 100, after } },
      result: {
        data: {
          frameworkCompetencyPage: {
            __typename: 'CompetencyConnection',
            totalCount: 101,
            pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
            edges: nodes.map((node) => ({ __typename: 'CompetencyEdge', node })),
          },
        },
      },
    });
    const first = Array.from({ length: 100 }, (_, i) => gap(`c-${i}`, `Competency number ${i}`));
    renderRoute('/framework/admin/resources/new', {
      viewer: adminFixture,
      mocks: [
        page(null, first, 'cursor-100'),
        page('cursor-100', [gap('c-100', 'The hundred and first competency')], null),
        {
          request: { query: frameworkModuleChoicesQuery },
          result: { data: { learningModules: { __typename: 'LearningModuleConnection', edges: [] } } },
        },
      ],
    });
    expect(await screen.findByRole('checkbox', { name: 'The hundred and first competency' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(101);
  });

  it('is refused to people who are not admins', async () => {
    renderRoute('/framework/admin', { viewer: learnerFixture });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Manage the framework');
  });
});
