import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import {
  acceptCourseOfferMutation,
  decideManagerApprovalMutation,
  managerApprovalRequestQuery,
  nameSubstituteMutation,
} from '../lifecycle-operations';
import { mySessionApplicationQuery, sessionPageQuery } from '../operations';
import { applicationNode, sessionPageNode } from '../testing';

const DAY = 86_400_000;
const startsAt = new Date(Date.now() + 3 * DAY).toISOString();
const session = sessionPageNode('s1', {
  startsAt,
  endsAt: new Date(Date.now() + 3 * DAY + 3 * 3_600_000).toISOString(),
  shortlistedAt: '2026-01-01T09:00:00.000Z',
  shortlistsOn: '2026-01-01T07:00:00.000Z',
  freeCancellationUntil: new Date(Date.now() - 5 * DAY).toISOString(),
});
const sessionMock = {
  request: { query: sessionPageQuery, variables: { id: 's1' } },
  result: { data: { courseSession: session } },
  maxUsageCount: 5,
};
const mine = (overrides: Record<string, unknown>) => ({
  request: { query: mySessionApplicationQuery, variables: { sessionId: 's1' } },
  result: { data: { myCourseApplication: applicationNode(overrides) } },
  maxUsageCount: 5,
});

describe('the booking life cycle on the session page', () => {
  it('offers a freed place with its deadline and accepts it', async () => {
    const offerExpiresAt = new Date(Date.now() + DAY).toISOString();
    const accept = {
      request: { query: acceptCourseOfferMutation, variables: { input: { applicationId: 'a1' } } },
      result: { data: { acceptCourseOffer: applicationNode({ status: 'CONFIRMED' }) } },
    };
    renderRoute('/courses/sessions/s1', {
      viewer: learnerFixture,
      mocks: [sessionMock, mine({ status: 'OFFERED', offerExpiresAt }), accept],
    });
    expect(await screen.findByText(/it is offered to you/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel my place' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Accept the place' }));
    expect(await screen.findByText('Place confirmed')).toBeInTheDocument();
  });

  it('sends a colleague in a late place, and shows by the field why someone cannot go', async () => {
    const refused = {
      request: {
        query: nameSubstituteMutation,
        variables: { input: { applicationId: 'a1', email: 'sam@elsewhere.example' } },
      },
      result: {
        errors: [
          new GraphQLError('The person going instead must work for the same organisation (Saltmarsh Council).', {
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: { email: 'The person going instead must work for the same organisation (Saltmarsh Council).' },
            },
          }),
        ],
      },
    };
    renderRoute('/courses/sessions/s1', { viewer: learnerFixture, mocks: [sessionMock, mine({}), refused] });
    const user = userEvent.setup();
    await user.click(await screen.findByText('Send someone in your place'));
    await user.type(
      screen.getByRole('textbox', { name: 'Email address of the person going instead' }),
      'sam@elsewhere.example',
    );
    await user.click(screen.getByRole('button', { name: 'Send them in my place' }));
    expect(await screen.findByRole('link', { name: /same organisation \(Saltmarsh Council\)/ })).toHaveAttribute(
      'href',
      '#substitute-email',
    );
  });
});

describe('ApprovalPage', () => {
  const token = 'A'.repeat(43);
  it('says plainly when a link does not work', async () => {
    const broken = {
      request: { query: managerApprovalRequestQuery, variables: { token } },
      result: {
        errors: [
          new GraphQLError('This approval link does not work. It may be mistyped, out of date or already used.', {
            extensions: { code: 'NOT_FOUND' },
          }),
        ],
      },
    };
    renderRoute(`/courses/approval?token=${token}`, { mocks: [broken] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Approval link not working' })).toBeInTheDocument();
    expect(screen.getByText(/It may be mistyped, out of date or already used/)).toBeInTheDocument();
  });

  it('lets a manager without an account approve, asking for a choice first', async () => {
    const request = {
      request: { query: managerApprovalRequestQuery, variables: { token } },
      result: {
        data: {
          managerApprovalRequest: {
            __typename: 'ManagerApprovalRequest',
            applicantName: 'Amy Council',
            organisationName: 'Saltmarsh Council',
            courseTitle: 'Working together to keep people safe',
            startsAt,
            endsAt: startsAt,
            venue: 'Saltmarsh Community Centre',
            locality: 'Saltmarsh',
          },
        },
      },
    };
    const decide = {
      request: { query: decideManagerApprovalMutation, variables: { input: { token, approve: true } } },
      result: { data: { decideManagerApproval: { __typename: 'ManagerDecision', approved: true, status: 'APPLIED' } } },
    };
    renderRoute(`/courses/approval?token=${token}`, { mocks: [request, decide] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send my decision' }));
    expect(await screen.findByRole('link', { name: 'Select whether you approve the application' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Yes, approve it' }));
    await user.click(screen.getByRole('button', { name: 'Send my decision' }));
    expect(await screen.findByRole('heading', { name: 'Application approved' })).toBeInTheDocument();
    expect(screen.getByText(/goes forward to shortlisting/)).toBeInTheDocument();
  });
});
