import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../app/AuthContext';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { createSessionMutation, editSessionQuery, sessionCourseQuery, updateSessionMutation } from './operations';

const leadFixture: Viewer = { ...learnerFixture, id: 'lead-1', roles: ['LEARNER', 'MODERATOR'] };
const course = { __typename: 'Course', id: 'c1', title: 'Working together', trainer: 'Dee Trainer' };

const session = {
  __typename: 'CourseSession',
  id: 's1',
  startsAt: '2026-06-16T08:30:00.000Z',
  endsAt: '2026-06-16T11:30:00.000Z',
  venue: 'Saltmarsh Hall, 4 Quay Street',
  joiningInstructions: 'Sign in at reception.',
  locality: 'Saltmarsh',
  nation: 'ENGLAND_AND_WALES',
  capacity: 12,
  placesLeft: 4,
  trainer: 'Dee Trainer',
  course,
  viewerCan: { __typename: 'SessionViewerCan', manage: true },
};

describe('EditSessionPage', () => {
  it('shows a session in UK time and the API’s refusal of a capacity below the places given out by the field', async () => {
    const user = userEvent.setup();
    const message = 'Capacity cannot be less than the 8 places already given out. Cancel places first.';
    const input = {
      sessionId: 's1',
      startsAt: '2026-06-16T08:30:00.000Z',
      endsAt: '2026-06-16T11:30:00.000Z',
      venue: 'Saltmarsh Hall, 4 Quay Street',
      joiningInstructions: 'Sign in at reception.',
      locality: 'Saltmarsh',
      nation: 'ENGLAND_AND_WALES',
      capacity: 6,
      trainer: '',
    };
    renderRoute('/courses/sessions/s1/edit', {
      viewer: leadFixture,
      mocks: [
        { request: { query: editSessionQuery, variables: { id: 's1' } }, result: { data: { courseSession: session } } },
        {
          request: { query: updateSessionMutation, variables: { input } },
          result: {
            errors: [
              new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields: { capacity: message } } }),
            ],
          },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Change the session on Tuesday 16 June 2026/ }),
    ).toBeInTheDocument();
    const date = screen.getByRole('group', { name: 'Date' });
    expect(within(date).getByRole('textbox', { name: 'Day' })).toHaveValue('16');
    expect(within(date).getByRole('textbox', { name: 'Month' })).toHaveValue('6');
    expect(within(date).getByRole('textbox', { name: 'Year' })).toHaveValue('2026');
    const start = screen.getByRole('group', { name: 'Start time' });
    expect(within(start).getByRole('textbox', { name: 'Hour' })).toHaveValue('09');
    expect(within(start).getByRole('textbox', { name: 'Minute' })).toHaveValue('30');
    expect(screen.getByRole('textbox', { name: /Trainer/ })).toHaveValue('');
    expect(screen.getByText(/8 places have been given out/)).toBeInTheDocument();

    const capacity = screen.getByRole('textbox', { name: 'Places' });
    await user.clear(capacity);
    await user.type(capacity, '6');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#capacity');
    expect(capacity).toHaveAttribute('aria-describedby', expect.stringContaining('capacity-error'));
    expect(document.getElementById('capacity-error')).toHaveTextContent(message);
  });

  it('checks the date and times before sending, then adds a session to the course', async () => {
    const user = userEvent.setup();
    const input = {
      courseId: 'c1',
      startsAt: '2027-02-03T14:00:00.000Z',
      endsAt: '2027-02-03T16:30:00.000Z',
      venue: 'Westfen Library',
      joiningInstructions: '',
      locality: 'Westfen',
      nation: 'SCOTLAND',
      capacity: 15,
      trainer: '',
    };
    const { router } = renderRoute('/courses/manage/c1/sessions/new', {
      viewer: leadFixture,
      mocks: [
        { request: { query: sessionCourseQuery, variables: { id: 'c1' } }, result: { data: { course } } },
        {
          request: { query: createSessionMutation, variables: { input } },
          result: { data: { createCourseSession: { __typename: 'CourseSession', id: 's9' } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Add a session/ })).toBeInTheDocument();
    const date = screen.getByRole('group', { name: 'Date' });
    await user.type(within(date).getByRole('textbox', { name: 'Day' }), '3');
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '2');
    await user.type(within(date).getByRole('textbox', { name: 'Year' }), '2027');
    const start = screen.getByRole('group', { name: 'Start time' });
    await user.type(within(start).getByRole('textbox', { name: 'Hour' }), '14');
    await user.type(within(start).getByRole('textbox', { name: 'Minute' }), '00');
    const end = screen.getByRole('group', { name: 'End time' });
    await user.type(within(end).getByRole('textbox', { name: 'Hour' }), '13');
    await user.type(within(end).getByRole('textbox', { name: 'Minute' }), '30');
    await user.click(screen.getByRole('button', { name: 'Add session' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The session must end after it starts' })).toHaveAttribute(
      'href',
      '#endsAt',
    );
    expect(within(summary).getByRole('link', { name: 'Enter the venue’s name and address' })).toHaveAttribute(
      'href',
      '#venue',
    );
    expect(within(summary).getByRole('link', { name: /Enter the number of places/ })).toBeInTheDocument();

    await user.clear(within(end).getByRole('textbox', { name: 'Hour' }));
    await user.type(within(end).getByRole('textbox', { name: 'Hour' }), '16');
    await user.type(screen.getByRole('textbox', { name: 'Venue' }), 'Westfen Library');
    await user.type(screen.getByRole('textbox', { name: 'Locality' }), 'Westfen');
    await user.click(screen.getByRole('radio', { name: 'Scotland' }));
    await user.type(screen.getByRole('textbox', { name: 'Places' }), '15');
    await user.click(screen.getByRole('button', { name: 'Add session' }));
    // The course page it returns to shows the flash (its own data is not mocked here).
    await waitFor(
      () => expect(screen.getByText('A session on Wednesday 3 February 2027 has been added')).toBeVisible(),
      {
        timeout: 5000,
      },
    );
    expect(router.state.location.pathname).toBe('/courses/manage/c1');
  });
});
