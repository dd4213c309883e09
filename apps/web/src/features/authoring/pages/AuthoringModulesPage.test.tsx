import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/renderRoute';
import { editorFixture } from '../testing/fixtures';
import { authoringModulesQuery } from '../operations';

function moduleNode(id: string, title: string, status: string, lessons: number) {
  return {
    __typename: 'AuthoringModuleEdge',
    cursor: `cursor-${id}`,
    node: {
      __typename: 'AuthoringModule',
      id,
      title,
      status,
      audience: id === 'module-2' ? 'PUBLIC' : 'STAFF',
      updatedAt: '2026-06-16T08:30:00.000Z',
      lessons: Array.from({ length: lessons }, (_, index) => ({
        __typename: 'AuthoringLesson',
        id: `${id}-lesson-${index}`,
        status: 'DRAFT',
      })),
    },
  };
}

const listMock = (edges: unknown[], hasNextPage = false) => ({
  request: { query: authoringModulesQuery, variables: { first: 20 } },
  result: {
    data: {
      authoringModules: {
        __typename: 'AuthoringModuleConnection',
        totalCount: edges.length + (hasNextPage ? 20 : 0),
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-next' : null },
        edges,
      },
    },
  },
});

describe('AuthoringModulesPage', () => {
  it('lists every module with its status, audience, lessons and last update', async () => {
    renderRoute('/authoring', {
      viewer: editorFixture,
      mocks: [
        listMock(
          [
            moduleNode('module-1', 'Managing language barriers', 'PUBLISHED', 3),
            moduleNode('module-2', 'Rights and responsibilities', 'DRAFT', 0),
          ],
          true,
        ),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Learning modules/ })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Showing 1 to 2 of 22 modules/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = rows[1];
    expect(within(first).getByRole('link', { name: 'Managing language barriers' })).toHaveAttribute(
      'href',
      '/authoring/modules/module-1',
    );
    expect(within(first).getByText('Published')).toHaveClass('govuk-tag');
    expect(within(first).getByText('Staff only')).toBeInTheDocument();
    expect(within(first).getByText('3')).toBeInTheDocument();
    expect(within(first).getByText('16 June 2026')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Public')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create a module' })).toHaveAttribute('href', '/authoring/modules/new');
    expect(screen.getByRole('link', { name: /^Next/ })).toHaveAttribute('href', '/authoring?after=cursor-next&prev=');
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Write content' })).toHaveAttribute('href', '/authoring');
  });

  it('says what to do when there are no modules', async () => {
    renderRoute('/authoring', { viewer: editorFixture, mocks: [listMock([])] });
    expect(await screen.findByText('There are no modules yet. Create the first one.')).toBeInTheDocument();
  });

  it('is not for learners', async () => {
    renderRoute('/authoring', { viewer: { ...editorFixture, roles: ['LEARNER'] } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Write content' })).toBeNull();
  });
});
