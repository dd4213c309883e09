import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/renderRoute';
import { programmePageQuery } from '../operations';
import { programmeStrandsQuery } from '../programme-operations';
import { sessionNode } from '../testing';

const programmeMock = (filter: Record<string, unknown>, nodes: unknown[]) => ({
  request: {
    query: programmePageQuery,
    variables: {
      first: 20,
      after: undefined,
      filter: { locality: undefined, month: undefined, placesLeft: undefined, ...filter },
    },
  },
  result: {
    data: {
      courseProgramme: {
        __typename: 'CourseSessionConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: nodes.map((node, i) => ({ __typename: 'CourseSessionEdge', cursor: `c${i}`, node })),
      },
      courseLocalities: ['Saltmarsh', 'Westfen'],
    },
  },
});

const strandsMock = {
  request: { query: programmeStrandsQuery },
  result: {
    data: {
      frameworkStrands: [
        { __typename: 'Strand', id: '0b9c7a0e-2f57-4a49-9a9e-3d6f1f0b1c11', name: 'Protecting people' },
        { __typename: 'Strand', id: '5d1e2c3b-4a59-4f68-8e7d-6c5b4a392817', name: 'Working with new communities' },
      ],
    },
  },
};

describe('ProgrammePage', () => {
  it('lists sessions with date, time, venue and places, and offers the calendar feed', async () => {
    renderRoute('/courses', {
      mocks: [
        strandsMock,
        programmeMock({}, [
          sessionNode('s1'),
          sessionNode('s2', {
            placesLeft: 0,
            shortlistedAt: '2026-05-05T06:00:00.000Z',
            course: {
              __typename: 'Course',
              id: 'c2',
              title: 'Cultural awareness in everyday services',
              targetGroups: [],
            },
          }),
        ]),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Course programme/ })).toBeInTheDocument();
    const first = await screen.findByRole('link', {
      name: /Working together to keep people safe, Tuesday 16 June 2026/,
    });
    expect(first).toHaveAttribute('href', '/courses/sessions/s1');
    const cards = screen.getAllByRole('listitem').filter((item) => item.classList.contains('app-session-card'));
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByText('Tuesday 16 June 2026, 9:30am to 12:30pm')).toBeInTheDocument();
    expect(within(cards[0]).getByText('10 places')).toHaveClass('govuk-tag');
    expect(within(cards[1]).getByText('Full')).toHaveClass('govuk-tag');
    expect(screen.getByText('Showing 1 to 2 of 2 sessions')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Subscribe to the programme/ })).toHaveAttribute(
      'href',
      '/api/feeds/courses.ics',
    );
    expect(screen.getByRole('option', { name: 'Westfen' })).toBeInTheDocument();
  });

  it('reads its filters from the address and says what to do when nothing matches', async () => {
    renderRoute('/courses?locality=Westfen&month=2026-07&placesLeft=yes', {
      mocks: [strandsMock, programmeMock({ locality: 'Westfen', month: '2026-07', placesLeft: true }, [])],
    });
    expect(await screen.findByText(/No sessions match/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Only sessions with places left' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Locality' })).toHaveValue('Westfen');
  });

  it('filters by strand from the address, and the calendar feed follows the filters', async () => {
    const strand = '5d1e2c3b-4a59-4f68-8e7d-6c5b4a392817';
    renderRoute(`/courses?strand=${strand}&locality=Westfen`, {
      mocks: [strandsMock, programmeMock({ strandId: strand, locality: 'Westfen' }, [sessionNode('s1')])],
    });
    expect(await screen.findByRole('link', { name: /Working together to keep people safe/ })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Working with new communities' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Strand' })).toHaveValue(strand);
    expect(screen.getByRole('link', { name: /Subscribe to these sessions/ })).toHaveAttribute(
      'href',
      `/api/feeds/courses.ics?strand=${strand}&locality=Westfen`,
    );
  });
});
