import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../app/AuthContext';
import { adminFixture, learnerFixture, renderRoute } from '../../../test/renderRoute';
import {
  courseCompetencyChoicesQuery,
  courseSettingsQuery,
  createCourseMutation,
  editCourseQuery,
  manageCoursesQuery,
  updateCourseMutation,
} from './operations';

const leadFixture: Viewer = { ...learnerFixture, id: 'lead-1', roles: ['LEARNER', 'MODERATOR'] };

const choicesMock = {
  request: { query: courseCompetencyChoicesQuery },
  result: {
    data: {
      courseCompetencyChoices: [
        {
          __typename: 'CourseCompetency',
          id: 'k1',
          statement: 'Know the local support',
          strandName: 'Protecting people',
          workforceGroupName: 'General contact',
        },
        {
          __typename: 'CourseCompetency',
          id: 'k2',
          statement: 'Refer someone safely',
          strandName: 'Protecting people',
          workforceGroupName: 'General contact',
        },
        {
          __typename: 'CourseCompetency',
          id: 'k3',
          statement: 'Welcome new arrivals',
          strandName: 'New communities',
          workforceGroupName: 'General contact',
        },
      ],
    },
  },
};

const course = {
  __typename: 'Course',
  id: 'c1',
  title: 'Working together',
  description: 'Sharing concerns across agencies.',
  outcomes: ['Know the referral routes'],
  targetGroups: ['Front-line staff'],
  trainer: 'Dee Trainer',
  requiresManagerApproval: false,
  competencies: [{ __typename: 'CourseCompetency', id: 'k1' }],
};

const editMock = (c = course) => ({
  request: { query: editCourseQuery, variables: { id: c.id, first: 20, after: undefined } },
  result: {
    data: {
      course: c,
      courseSessions: {
        __typename: 'CourseSessionConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          {
            __typename: 'CourseSessionEdge',
            node: {
              __typename: 'CourseSession',
              id: 's1',
              startsAt: '2026-06-16T08:30:00.000Z',
              endsAt: '2026-06-16T11:30:00.000Z',
              venue: 'Saltmarsh Hall',
              locality: 'Saltmarsh',
              capacity: 12,
              placesLeft: 4,
              status: 'SCHEDULED',
            },
          },
        ],
      },
    },
  },
});

describe('EditCoursePage', () => {
  it('checks a new course before sending it, then adds it with the competencies chosen', async () => {
    const user = userEvent.setup();
    const input = {
      title: 'Welcoming new communities',
      description: '',
      outcomes: ['Know where to refer', 'Use an interpreter'],
      targetGroups: [],
      trainer: '',
      requiresManagerApproval: true,
      competencyIds: ['k3'],
    };
    renderRoute('/courses/manage/new', {
      viewer: leadFixture,
      mocks: [
        choicesMock,
        {
          request: { query: createCourseMutation, variables: { input } },
          result: {
            data: {
              createCourse: {
                ...course,
                ...input,
                id: 'c9',
                competencies: [{ __typename: 'CourseCompetency', id: 'k3' }],
              },
            },
          },
        },
        editMock({ ...course, ...input, id: 'c9', competencies: [{ __typename: 'CourseCompetency', id: 'k3' }] }),
        choicesMock,
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Add a course/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add course' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the course title' })).toHaveAttribute('href', '#title');
    expect(document.title).toMatch(/^Error: /);

    await user.type(screen.getByRole('textbox', { name: 'Course title' }), input.title);
    await user.type(
      screen.getByRole('textbox', { name: /Learning outcomes/ }),
      'Know where to refer\n\n Use an interpreter ',
    );
    const group = screen.getByRole('group', { name: 'New communities – General contact' });
    await user.click(within(group).getByRole('checkbox', { name: 'Welcome new arrivals' }));
    await user.click(screen.getByRole('checkbox', { name: 'Applications need the line manager’s approval' }));
    await user.click(screen.getByRole('button', { name: 'Add course' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Change Welcoming new communities/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Welcome new arrivals' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Applications need the line manager’s approval' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Add a session' })).toHaveAttribute(
      'href',
      '/courses/manage/c9/sessions/new',
    );
  });

  it('shows the API’s coded error next to the field it is about', async () => {
    const user = userEvent.setup();
    const input = {
      title: 'Working together',
      description: 'Sharing concerns across agencies.',
      outcomes: ['Know the referral routes'],
      targetGroups: ['Front-line staff'],
      trainer: 'Dee Trainer',
      requiresManagerApproval: false,
      competencyIds: ['k1', 'k2'],
      courseId: 'c1',
    };
    const message = 'One of the competencies chosen is no longer in the framework. Choose again.';
    renderRoute('/courses/manage/c1', {
      viewer: leadFixture,
      mocks: [
        editMock(),
        choicesMock,
        {
          request: { query: updateCourseMutation, variables: { input } },
          result: {
            errors: [
              new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields: { competencyIds: message } } }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Change Working together/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Know the local support' })).toBeChecked();
    expect(screen.getByRole('table', { name: '1 session' })).toHaveTextContent('4 of 12');
    expect(screen.getByRole('link', { name: /session on 16 June 2026/ })).toHaveAttribute(
      'href',
      '/courses/sessions/s1/edit',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Refer someone safely' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#competencyIds');
    const group = screen.getByRole('group', { name: 'Protecting people – General contact' });
    expect(within(group).getByText(message)).toBeInTheDocument();
  });

  it('lists courses for leads with links to change them, add one and see charges', async () => {
    renderRoute('/courses/manage', {
      viewer: { ...adminFixture },
      mocks: [
        {
          request: { query: manageCoursesQuery, variables: { first: 20, after: undefined } },
          result: {
            data: {
              programmeCourses: {
                __typename: 'CourseConnection',
                totalCount: 1,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [
                  {
                    __typename: 'CourseEdge',
                    node: { __typename: 'Course', id: 'c1', title: 'Working together', trainer: '' },
                  },
                ],
              },
            },
          },
        },
        {
          request: { query: courseSettingsQuery },
          result: { data: { courseSettings: { __typename: 'CourseSettings', offerAcceptHours: 48 } } },
        },
      ],
    });
    expect(await screen.findByRole('link', { name: 'Working together' })).toHaveAttribute('href', '/courses/manage/c1');
    expect(screen.getByRole('button', { name: 'Add a course' })).toHaveAttribute('href', '/courses/manage/new');
    expect(screen.getByRole('button', { name: 'Charges by organisation' })).toHaveAttribute('href', '/courses/finance');
  });

  it('refuses a learner', async () => {
    renderRoute('/courses/manage/new', { viewer: learnerFixture });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Add a course');
    expect(screen.queryByRole('textbox', { name: 'Course title' })).not.toBeInTheDocument();
  });
});
