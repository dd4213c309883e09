import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { applyForSessionMutation, mySessionApplicationQuery, sessionPageQuery } from '../operations';
import { sessionPageNode } from '../testing';

const session = sessionPageNode('s1', {
  course: {
    ...sessionPageNode('s1').course,
    targetGroups: ['Front-line staff'],
    outcomes: ['Know the routes for raising a concern'],
  },
  viewerCan: { __typename: 'SessionViewerCan', apply: true, manage: false },
});
const sessionMock = {
  request: { query: sessionPageQuery, variables: { id: 's1' } },
  result: { data: { courseSession: session } },
};
const noApplication = {
  request: { query: mySessionApplicationQuery, variables: { sessionId: 's1' } },
  result: { data: { myCourseApplication: null } },
};

describe('SessionPage', () => {
  it('tells a signed-out visitor when places are given out and the cancellation deadline, and asks them to sign in', async () => {
    renderRoute('/courses/sessions/s1', { mocks: [sessionMock] });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Working together to keep people safe/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Places are given out on Tuesday 5 May 2026/)).toBeInTheDocument();
    expect(screen.getByText('Friday 5 June 2026 at 11:59pm')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in to apply' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fcourses%2Fsessions%2Fs1',
    );
  });

  it('shows the API’s message by the manager email field when it is not an address', async () => {
    const refused = {
      request: {
        query: applyForSessionMutation,
        variables: { input: { sessionId: 's1', locality: 'Saltmarsh', managerName: null, managerEmail: 'nope' } },
      },
      result: {
        errors: [
          new GraphQLError('Enter an email address in the correct format, like name@example.org', {
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: { managerEmail: 'Enter an email address in the correct format, like name@example.org' },
            },
          }),
        ],
      },
    };
    renderRoute('/courses/sessions/s1', { viewer: learnerFixture, mocks: [sessionMock, noApplication, refused] });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Which locality do you work in?' }), 'Saltmarsh');
    await user.type(screen.getByRole('textbox', { name: 'Your line manager’s email address' }), 'nope');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter an email address in the correct format');
    expect(screen.getByRole('link', { name: /correct format/ })).toHaveAttribute('href', '#managerEmail');
    expect(document.title).toMatch(/^Error: /);
  });
});
