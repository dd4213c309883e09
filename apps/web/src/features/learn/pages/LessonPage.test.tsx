import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { lessonThreadQuery } from '../../discuss/operations';
import {
  chooseScenarioOptionMutation,
  lessonQuery,
  restartLessonMutation,
  scenarioChoiceStatsQuery,
  startLessonMutation,
} from '../operations';
import { scenarioAttempt, scenarioLesson } from '../testing/pageFixtures';

const PATH = '/learn/managing-language-barriers/lessons/lesson-scenario';
const lessonId = 'lesson-scenario';

const arrival = { id: 'arrival', title: 'Mihai arrives', narrative: '<p>Mihai holds out a letter.</p>' };
const booking = { id: 'booking', title: 'On the phone', narrative: '<p>The interpreter joins the call.</p>' };
const ending = { id: 'end-good', title: 'Sorted together', narrative: '<p>Mihai leaves with a plan.</p>' };

const arrivalChoices = [
  { id: 'interpreter', label: 'Book a telephone interpreter' },
  { id: 'friend', label: 'Ask his friend to translate' },
];
const bookingChoices = [
  { id: 'check', label: 'Ask him to explain the plan back' },
  { id: 'leaflet', label: 'Give him a leaflet in English' },
];

const firstStep = {
  sceneId: 'arrival',
  sceneTitle: 'Mihai arrives',
  choiceId: 'interpreter',
  choiceLabel: 'Book a telephone interpreter',
  score: 2,
};
const secondStep = {
  sceneId: 'booking',
  sceneTitle: 'On the phone',
  choiceId: 'check',
  choiceLabel: 'Ask him to explain the plan back',
  score: 1,
};

const atArrival = scenarioAttempt({ scene: arrival, choices: arrivalChoices });
const atBooking = scenarioAttempt({ scene: booking, choices: bookingChoices, path: [firstStep], score: 2 });
const atEnding = scenarioAttempt({
  scene: ending,
  path: [firstStep, secondStep],
  score: 3,
  ending: { rating: 'GOOD', summary: 'A professional interpreter and a check-back avoid mistakes.' },
});
const restarted = scenarioAttempt({ id: 'attempt-2', scene: arrival, choices: arrivalChoices });

function chosen(choice: { id: string; label: string }, feedback: string, score: number, attempt: unknown) {
  return {
    data: {
      chooseScenarioOption: {
        __typename: 'ChooseScenarioOptionPayload',
        feedback,
        choiceScore: score,
        choice: { __typename: 'PlayChoice', choiceId: choice.id, label: choice.label },
        attempt,
        certificate: null,
      },
    },
  };
}

function stats(sceneId: string, available: boolean) {
  return {
    request: { query: scenarioChoiceStatsQuery, variables: { lessonId, sceneId } },
    result: {
      data: {
        scenarioChoiceStats: {
          __typename: 'ScenarioChoiceStats',
          lessonId,
          sceneId,
          available,
          peopleNeeded: available ? 0 : 3,
          choices: available
            ? [
                {
                  __typename: 'ChoiceShare',
                  choiceId: 'interpreter',
                  label: 'Book a telephone interpreter',
                  percent: 70,
                },
                { __typename: 'ChoiceShare', choiceId: 'friend', label: 'Ask his friend to translate', percent: 30 },
              ]
            : [],
          bySector: available
            ? [
                {
                  __typename: 'SectorChoiceShares',
                  sector: 'HEALTH',
                  suppressed: false,
                  choices: [
                    {
                      __typename: 'ChoiceShare',
                      choiceId: 'interpreter',
                      label: 'Book a telephone interpreter',
                      percent: 80,
                    },
                    {
                      __typename: 'ChoiceShare',
                      choiceId: 'friend',
                      label: 'Ask his friend to translate',
                      percent: 20,
                    },
                  ],
                },
                { __typename: 'SectorChoiceShares', sector: 'POLICE', suppressed: true, choices: [] },
              ]
            : [],
        },
      },
    },
  };
}

describe('LessonPage: a scenario', () => {
  // The route loads the page lazily; load it first, so no test's first query waits on the transform.
  beforeAll(async () => {
    await import('./LessonPage');
  });

  it('plays from the start to an ending through the API, moving focus at each step, and starts again', async () => {
    const user = userEvent.setup();
    renderRoute(PATH, {
      viewer: learnerFixture,
      mocks: [
        {
          request: { query: lessonQuery, variables: { id: lessonId } },
          result: { data: { lesson: scenarioLesson() } },
        },
        {
          request: { query: lessonThreadQuery, variables: { lessonId } },
          result: { data: { lessonThread: null } },
        },
        {
          request: { query: startLessonMutation, variables: { input: { lessonId } } },
          result: { data: { startLesson: atArrival } },
        },
        {
          request: {
            query: chooseScenarioOptionMutation,
            variables: { input: { attemptId: 'attempt-1', choiceId: 'interpreter' } },
          },
          result: chosen(arrivalChoices[0], 'Good. A professional interpreter is impartial.', 2, atBooking),
        },
        stats('arrival', true),
        {
          request: {
            query: chooseScenarioOptionMutation,
            variables: { input: { attemptId: 'attempt-1', choiceId: 'check' } },
          },
          result: chosen(bookingChoices[0], 'Checking back shows what he understood.', 1, atEnding),
        },
        stats('booking', false),
        {
          request: { query: restartLessonMutation, variables: { input: { lessonId } } },
          result: { data: { restartLesson: restarted } },
        },
      ],
    });

    // The page: step in the module, title, outcomes up front, room for the discussion.
    expect(await screen.findByRole('heading', { level: 1, name: /Step 2 of 3\s*At the front desk/ })).toBeVisible();
    expect(screen.getByText('Decide when to book an interpreter')).toBeInTheDocument();
    const discussion = screen.getByRole('complementary', { name: 'Discussion' });
    expect(await within(discussion).findByText(/Nobody has posted about this lesson yet/)).toBeInTheDocument();
    expect(screen.getByText(/It has 9 scenes and 3 possible endings/)).toBeInTheDocument();

    // Start: the first scene, with its heading focused.
    await user.click(screen.getByRole('button', { name: 'Start scenario' }));
    const firstScene = await screen.findByRole('heading', { level: 2, name: /Decision 1\s*Mihai arrives/ });
    await waitFor(() => expect(firstScene).toHaveFocus());
    expect(screen.getByText('Mihai holds out a letter.')).toBeInTheDocument();

    // Choose: feedback and how colleagues chose.
    await user.click(screen.getByLabelText('Book a telephone interpreter'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const feedback = await screen.findByRole('heading', { level: 2, name: 'What happened' });
    await waitFor(() => expect(feedback).toHaveFocus());
    expect(screen.getByText('Good. A professional interpreter is impartial.')).toBeInTheDocument();
    expect(screen.getByText('This choice added 2 points.')).toBeInTheDocument();
    const overall = await screen.findByRole('table', { name: 'All colleagues' });
    expect(
      within(overall)
        .getByText(/\(your choice\)/)
        .closest('tr'),
    ).toHaveTextContent('70%');
    expect(screen.getByRole('table', { name: 'By sector' })).toHaveTextContent('Health');
    expect(screen.getByText(/fewer than 5 people there have answered: Police/)).toBeInTheDocument();

    // Continue: the next scene.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const secondScene = await screen.findByRole('heading', { level: 2, name: /Decision 2\s*On the phone/ });
    await waitFor(() => expect(secondScene).toHaveFocus());

    // The last choice leads to an ending; colleagues' figures are not shown yet.
    await user.click(screen.getByLabelText('Ask him to explain the plan back'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const secondFeedback = await screen.findByRole('heading', { level: 2, name: 'What happened' });
    await waitFor(() => expect(secondFeedback).toHaveFocus());
    expect(await screen.findByText('Shown when at least 5 colleagues have answered.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See how it ends' }));

    const endingHeading = await screen.findByRole('heading', { level: 2, name: /The end\s*Sorted together/ });
    await waitFor(() => expect(endingHeading).toHaveFocus());
    expect(screen.getByText('Good outcome')).toBeInTheDocument();
    expect(screen.getByText('3 points')).toBeInTheDocument();
    const path = screen.getByRole('list', { name: 'The path you took' });
    expect(
      within(path)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Mihai arrives: → you chose Book a telephone interpreter',
      'On the phone: → you chose Ask him to explain the plan back',
    ]);
    expect(screen.getByText('A professional interpreter and a check-back avoid mistakes.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue to next lesson' })).toHaveAttribute(
      'href',
      '/learn/managing-language-barriers/lessons/lesson-check',
    );

    // Try again: a new attempt from the first scene.
    await user.click(screen.getByRole('button', { name: 'Try the scenario again' }));
    const again = await screen.findByRole('heading', { level: 2, name: /Decision 1\s*Mihai arrives/ });
    await waitFor(() => expect(again).toHaveFocus());
    // A long flow: allow for a busy machine.
  }, 20_000);

  it('resumes at the saved scene', async () => {
    renderRoute(PATH, {
      viewer: learnerFixture,
      mocks: [
        {
          request: { query: lessonQuery, variables: { id: lessonId } },
          result: { data: { lesson: scenarioLesson(atBooking) } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: /Decision 2\s*On the phone/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start scenario' })).not.toBeInTheDocument();
  });

  it('asks signed-out visitors to sign in to take part', async () => {
    renderRoute(PATH, {
      mocks: [
        {
          request: { query: lessonQuery, variables: { id: lessonId } },
          result: { data: { lesson: scenarioLesson() } },
        },
      ],
    });
    expect(await screen.findByRole('button', { name: 'Sign in to take part' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(PATH)}`,
    );
    expect(screen.queryByRole('button', { name: 'Start scenario' })).not.toBeInTheDocument();
  });
});
