import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../app/AuthContext';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { courseSettingsQuery, manageCoursesQuery, updateCourseSettingsMutation } from './operations';

const leadFixture: Viewer = { ...learnerFixture, id: 'lead-1', roles: ['LEARNER', 'MODERATOR'] };
const RANGE = 'Enter a whole number of hours from 1 to 336 (14 days)';

const coursesMock = {
  request: { query: manageCoursesQuery, variables: { first: 20, after: undefined } },
  result: {
    data: {
      programmeCourses: {
        __typename: 'CourseConnection',
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
};
const settingsMock = {
  request: { query: courseSettingsQuery },
  result: { data: { courseSettings: { __typename: 'CourseSettings', offerAcceptHours: 48 } } },
};
const saveMock = (offerAcceptHours: number, errorMessage?: string) => ({
  request: { query: updateCourseSettingsMutation, variables: { input: { offerAcceptHours } } },
  result: errorMessage
    ? {
        errors: [
          new GraphQLError(errorMessage, {
            extensions: { code: 'BAD_USER_INPUT', fields: { offerAcceptHours: errorMessage } },
          }),
        ],
      }
    : { data: { updateCourseSettings: { __typename: 'CourseSettings', offerAcceptHours } } },
});

const field = () => screen.findByRole('textbox', { name: 'Hours to accept' });

describe('waiting-list offer hours on /courses/manage', () => {
  it('shows the current hours with a hint, saves new ones and confirms with a success banner', async () => {
    const user = userEvent.setup();
    renderRoute('/courses/manage', { viewer: leadFixture, mocks: [coursesMock, settingsMock, saveMock(24)] });
    const input = await field();
    expect(input).toHaveValue('48');
    expect(input).toHaveAccessibleDescription(/has this many hours to accept, never past the session’s start/);
    expect(screen.getByRole('form', { name: 'Waiting-list offers' })).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '24');
    await user.click(screen.getByRole('button', { name: 'Save offer hours' }));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Success');
    expect(banner).toHaveTextContent('People offered a place from the waiting list now have 24 hours to accept it');
    expect(banner).toHaveFocus();
    expect(await field()).toHaveValue('24');
    expect(document.title).toBe('Run the course programme – Common Ground');
  });

  it('refuses hours outside 1 to 336 before sending, with the error summary and the message by the field', async () => {
    const user = userEvent.setup();
    renderRoute('/courses/manage', { viewer: leadFixture, mocks: [coursesMock, settingsMock] });
    const input = await field();
    for (const typed of ['0', '337', 'two days', '']) {
      await user.clear(input);
      if (typed) await user.type(input, typed);
      await user.click(screen.getByRole('button', { name: 'Save offer hours' }));
      const summary = await screen.findByRole('alert');
      const message = typed ? RANGE : 'Enter how many hours people have to accept a place offered';
      expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#offer-accept-hours');
      expect(input).toHaveAccessibleDescription(new RegExp(`Error: ${message.replace(/[()]/g, '\\$&')}`));
      expect(document.title).toBe('Error: Run the course programme – Common Ground');
    }
  });

  it('shows the API’s message by the field when it refuses the hours', async () => {
    const user = userEvent.setup();
    renderRoute('/courses/manage', {
      viewer: leadFixture,
      mocks: [coursesMock, settingsMock, saveMock(72, RANGE)],
    });
    const input = await field();
    await user.clear(input);
    await user.type(input, '72');
    await user.click(screen.getByRole('button', { name: 'Save offer hours' }));
    await waitFor(() => expect(within(screen.getByRole('alert')).getByRole('link', { name: RANGE })).toBeVisible());
    expect(screen.queryByText(/now have 72 hours/)).not.toBeInTheDocument();
  });
});
