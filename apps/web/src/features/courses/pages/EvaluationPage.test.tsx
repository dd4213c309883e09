import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { myCourseAttendanceQuery, submitCourseEvaluationMutation } from '../attendance.operations';

const record = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'CourseAttendanceRecord',
  sessionId: 's1',
  courseTitle: 'Welcoming new communities',
  startsAt: '2026-06-16T09:00:00.000Z',
  endsAt: '2026-06-16T12:00:00.000Z',
  venue: 'Westfen Library',
  status: 'WHOLE',
  cpdMinutes: 180,
  evaluated: false,
  canEvaluate: true,
  certificate: null,
  ...overrides,
});
const mine = (value: ReturnType<typeof record> | null) => ({
  request: { query: myCourseAttendanceQuery, variables: { sessionId: 's1' } },
  result: { data: { myCourseAttendance: value } },
});

describe('EvaluationPage', () => {
  it('checks every rating is chosen before sending, then offers the certificate', async () => {
    const sent = {
      request: {
        query: submitCourseEvaluationMutation,
        variables: {
          input: {
            sessionId: 's1',
            overall: 5,
            content: 4,
            trainer: 5,
            usefulness: 3,
            willDoDifferently: 'Book interpreters early',
            comments: '',
          },
        },
      },
      result: {
        data: {
          submitCourseEvaluation: record({
            evaluated: true,
            canEvaluate: false,
            certificate: {
              __typename: 'Certificate',
              id: 'c1',
              code: '7K3M9QXP2R',
              title: 'Welcoming new communities',
              pdfUrl: '/api/certificates/7K3M9QXP2R.pdf',
              verificationUrl: 'http://localhost/certificates/verify/7K3M9QXP2R',
            },
          }),
        },
      },
    };
    renderRoute('/courses/sessions/s1/evaluation', { viewer: learnerFixture, mocks: [mine(record()), sent] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send evaluation' }));
    expect(await screen.findByRole('link', { name: 'Choose a rating for the session overall' })).toHaveAttribute(
      'href',
      '#overall',
    );
    expect(document.title).toMatch(/^Error: /);

    const choose = async (legend: string, value: string) =>
      user.click(
        screen
          .getByRole('group', { name: new RegExp(legend) })
          .querySelector(`input[value="${value}"]`) as HTMLInputElement,
      );
    await choose('The session overall', '5');
    await choose('What the session covered', '4');
    await choose('How the trainer led the session', '5');
    await choose('How useful it will be in your work', '3');
    await user.type(
      screen.getByRole('textbox', { name: 'What will you do differently in your work after this session?' }),
      'Book interpreters early',
    );
    await user.click(screen.getByRole('button', { name: 'Send evaluation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Evaluation sent' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download your certificate (PDF)' })).toHaveAttribute(
      'href',
      '/api/certificates/7K3M9QXP2R.pdf',
    );
  });

  it('explains that the evaluation waits for the register', async () => {
    renderRoute('/courses/sessions/s1/evaluation', { viewer: learnerFixture, mocks: [mine(null)] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot evaluate this session yet' }),
    ).toBeInTheDocument();
  });
});
