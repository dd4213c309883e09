import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminFixture, renderRoute } from '../../../test/renderRoute';
import { manageSessionQuery } from '../operations';
import { applicationNode, sessionNode } from '../testing';

const NEXT_YEAR = `${new Date().getFullYear() + 1}-06-16T08:30:00.000Z`;

const offered = {
  ...applicationNode({
    status: 'OFFERED',
    reason: 'On the waiting list at number 1.',
    managerName: null,
    managerEmail: null,
    locality: 'Fenmouth',
    chargeBand: null,
    chargePence: null,
    offerExpiresAt: '2026-06-03T17:00:00.000Z',
  }),
  applicantName: 'Sam Carter',
  organisationName: 'Fenmouth Borough Council',
  sector: 'STATUTORY',
};

const manageMock = (status: string, startsAt = NEXT_YEAR, applications: (typeof offered)[] = []) => ({
  request: { query: manageSessionQuery, variables: { id: 's1', first: 20 } },
  result: {
    data: {
      courseSession: {
        ...sessionNode('s1', { status, startsAt }),
        shortlistsOn: '2026-05-05T06:00:00.000Z',
        viewerCan: { __typename: 'SessionViewerCan', manage: true },
      },
      sessionApplications: {
        __typename: 'CourseApplicationConnection',
        totalCount: applications.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: applications.map((node) => ({ __typename: 'CourseApplicationEdge', node })),
      },
    },
  },
});

describe('ManageSessionPage', () => {
  it('offers shortlisting, the register, cancelling and a link to change the details of a scheduled session', async () => {
    renderRoute('/courses/sessions/s1/manage', { viewer: adminFixture, mocks: [manageMock('SCHEDULED')] });
    expect(await screen.findByRole('heading', { name: 'Shortlisting' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Preview the outcome' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Cancel this session' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mark the attendance register' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change session details' })).toHaveAttribute(
      'href',
      '/courses/sessions/s1/edit',
    );
  });

  it('says until when an open offer of a place stands, before why it was made', async () => {
    renderRoute('/courses/sessions/s1/manage', {
      viewer: adminFixture,
      mocks: [manageMock('SCHEDULED', NEXT_YEAR, [offered])],
    });
    const row = (await screen.findByRole('rowheader', { name: 'Sam Carter' })).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Place offered');
    expect(row).toHaveTextContent(
      'Offered until Wednesday 3 June 2026 at 6pm, then to the next person on the waiting list. On the waiting list at number 1.',
    );
  });

  it('does not offer to cancel a session that has begun', async () => {
    renderRoute('/courses/sessions/s1/manage', {
      viewer: adminFixture,
      mocks: [manageMock('SCHEDULED', '2020-06-16T08:30:00.000Z')],
    });
    expect(await screen.findByRole('link', { name: 'Mark the attendance register' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Cancel this session' })).not.toBeInTheDocument();
  });

  it('says a cancelled session was cancelled, with no shortlisting, register or cancel controls', async () => {
    renderRoute('/courses/sessions/s1/manage', { viewer: adminFixture, mocks: [manageMock('CANCELLED')] });
    expect(await screen.findByText('This session was cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Shortlisting' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Preview the outcome' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Cancel this session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Mark the attendance register' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change session details' })).toHaveAttribute(
      'href',
      '/courses/sessions/s1/edit',
    );
  });
});
