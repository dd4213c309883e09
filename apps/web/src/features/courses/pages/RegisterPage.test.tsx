import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { markAttendanceMutation, sessionRegisterQuery } from '../attendance.operations';

const line = (applicationId: string, personName: string, status: string | null) => ({
  __typename: 'RegisterLine',
  applicationId,
  personName,
  organisationName: 'Fenmouth Borough Council',
  status,
  markedAt: status ? '2026-06-16T09:00:00.000Z' : null,
});
const register = (lines: ReturnType<typeof line>[]) => ({
  __typename: 'SessionRegister',
  sessionId: 's1',
  courseTitle: 'Welcoming new communities',
  startsAt: '2020-06-16T09:00:00.000Z',
  endsAt: '2020-06-16T12:00:00.000Z',
  venue: 'Westfen Library',
  trainer: 'Tomasz Wiśniewski',
  opensAt: '2020-06-15T23:00:00.000Z',
  lines,
});
const registerMock = (lines: ReturnType<typeof line>[]) => ({
  request: { query: sessionRegisterQuery, variables: { sessionId: 's1' } },
  result: { data: { sessionRegister: register(lines) } },
});

describe('RegisterPage', () => {
  it('shows a group of radios per delegate, with the marks already saved', async () => {
    renderRoute('/courses/sessions/s1/register', {
      viewer: learnerFixture,
      mocks: [registerMock([line('a1', 'Ann Whole', null), line('a2', 'Bo Late', 'LATE')])],
    });
    expect(await screen.findByRole('group', { name: /Ann Whole/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Bo Late/ })).toBeInTheDocument();
    expect(screen.getAllByRole('radio', { name: 'Arrived late' })[1]).toBeChecked();
    expect(screen.getByText(/2 delegates, 1 not marked yet/)).toBeInTheDocument();
  });

  it('shows the API’s coded error at the top when a save is refused', async () => {
    const refused = {
      request: {
        query: markAttendanceMutation,
        variables: { input: { sessionId: 's1', marks: [{ applicationId: 'a1', status: 'WHOLE' }] } },
      },
      result: {
        errors: [
          new GraphQLError(
            'Someone on the list does not have a confirmed place on this session, so they cannot be marked. Reload the register; nothing was saved.',
            { extensions: { code: 'BAD_USER_INPUT' } },
          ),
        ],
      },
    };
    renderRoute('/courses/sessions/s1/register', {
      viewer: learnerFixture,
      mocks: [registerMock([line('a1', 'Ann Whole', null)]), refused],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Whole session' }));
    await user.click(screen.getByRole('button', { name: 'Save the register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('does not have a confirmed place');
    expect(document.title).toMatch(/^Error: /);
  });

  it('tells someone who may not mark it so', async () => {
    const forbidden = {
      request: { query: sessionRegisterQuery, variables: { sessionId: 's1' } },
      result: {
        errors: [
          new GraphQLError('Only the session’s trainer, partnership leads and administrators can mark the register.', {
            extensions: { code: 'FORBIDDEN' },
          }),
        ],
      },
    };
    renderRoute('/courses/sessions/s1/register', { viewer: learnerFixture, mocks: [forbidden] });
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot mark this register' })).toBeInTheDocument();
  });
});
