import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { myCourseAttendanceQuery } from '../attendance.operations';
import { mySessionApplicationQuery, sessionPageQuery } from '../operations';
import { applicationNode, sessionPageNode } from '../testing';

const session = sessionPageNode('s1', {
  startsAt: '2020-06-16T08:30:00.000Z',
  endsAt: '2020-06-16T11:30:00.000Z',
  shortlistsOn: '2020-05-05T06:00:00.000Z',
  freeCancellationUntil: '2020-06-05T22:59:59.999Z',
});
const mocks = (record: Record<string, unknown> | null) => [
  { request: { query: sessionPageQuery, variables: { id: 's1' } }, result: { data: { courseSession: session } } },
  {
    request: { query: mySessionApplicationQuery, variables: { sessionId: 's1' } },
    result: {
      data: {
        myCourseApplication: applicationNode({ appliedAt: '2020-01-01T09:00:00.000Z' }),
      },
    },
  },
  {
    request: { query: myCourseAttendanceQuery, variables: { sessionId: 's1' } },
    result: {
      data: {
        myCourseAttendance: record && {
          __typename: 'CourseAttendanceRecord',
          sessionId: 's1',
          courseTitle: 'Working together to keep people safe',
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          venue: session.venue,
          cpdMinutes: 180,
          certificate: null,
          ...record,
        },
      },
    },
  },
];

describe('SessionPage after the day', () => {
  it('links a delegate the register shows as attending to the evaluation form', async () => {
    renderRoute('/courses/sessions/s1', {
      viewer: learnerFixture,
      mocks: mocks({ status: 'WHOLE', evaluated: false, canEvaluate: true }),
    });
    expect(await screen.findByRole('link', { name: 'Complete the evaluation' })).toHaveAttribute(
      'href',
      '/courses/sessions/s1/evaluation',
    );
    expect(screen.queryByRole('link', { name: /Download your certificate/ })).not.toBeInTheDocument();
  });

  it('offers the certificate once the evaluation is done', async () => {
    renderRoute('/courses/sessions/s1', {
      viewer: learnerFixture,
      mocks: mocks({
        status: 'WHOLE',
        evaluated: true,
        canEvaluate: false,
        certificate: {
          __typename: 'Certificate',
          id: 'c1',
          code: 'CG-ABCD-EFGH',
          title: 'Working together to keep people safe',
          pdfUrl: '/api/certificates/CG-ABCD-EFGH.pdf',
          verificationUrl: 'http://localhost/verify/CG-ABCD-EFGH',
        },
      }),
    });
    expect(await screen.findByRole('link', { name: /Download your certificate/ })).toHaveAttribute(
      'href',
      '/api/certificates/CG-ABCD-EFGH.pdf',
    );
    expect(screen.queryByRole('link', { name: 'Complete the evaluation' })).not.toBeInTheDocument();
  });

  it.each([
    ['before the register is marked', null],
    ['to someone marked absent', { status: 'ABSENT', evaluated: false, canEvaluate: false, cpdMinutes: 0 }],
  ])('shows neither %s', async (_when, record) => {
    renderRoute('/courses/sessions/s1', { viewer: learnerFixture, mocks: mocks(record) });
    expect(await screen.findByRole('heading', { name: 'Your application' })).toBeInTheDocument();
    // Let the attendance answer arrive before looking for the links.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link', { name: 'Complete the evaluation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Download your certificate/ })).not.toBeInTheDocument();
  });
});
