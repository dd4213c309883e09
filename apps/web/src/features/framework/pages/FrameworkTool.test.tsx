import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { withFlash } from '../../../app/flash';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { frameworkNeedsQuery, frameworkToolQuery, learningPlanQuery, publicLearningPlanQuery } from '../operations';

const strands = [
  { __typename: 'Strand', id: 'strand-1', name: 'Protecting people', description: 'Keeping people safe.' },
  { __typename: 'Strand', id: 'strand-2', name: 'Working with new communities', description: '' },
];
const group = (id: string, name: string, isViewersGroup: boolean, openToPublic = false) => ({
  __typename: 'FrameworkGroup',
  id,
  name,
  description: '',
  openToPublic,
  isViewersGroup,
});

const toolMock = (groups: ReturnType<typeof group>[]) => ({
  request: { query: frameworkToolQuery },
  result: { data: { frameworkStrands: strands, frameworkGroups: groups } },
});

const resource = (id: string, kind: string, title: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'PlanResource',
  resourceId: id,
  kind,
  title,
  description: 'Something to learn from.',
  url: null,
  done: false,
  completion: null,
  doneAt: null,
  reflection: null,
  countsAutomatically: kind === 'MODULE',
  serves: ['Know who to tell'],
  ...extra,
});

const plan = (personId: string | null, viewerCanMarkDone: boolean) => ({
  __typename: 'LearningPlan',
  personId,
  personName: personId ? 'Sam Okafor' : null,
  ratedCount: 3,
  gapCount: 1,
  resourceCount: 2,
  doneCount: 1,
  truncated: false,
  viewerCanMarkDone,
  gaps: [
    {
      __typename: 'PlanGap',
      competencyId: 'c-1',
      statement: 'Know who to tell',
      kind: 'KNOW',
      strandName: 'Protecting people',
      workforceGroupName: 'General contact',
      confidence: 1,
    },
  ],
  resources: [
    resource('r-1', 'MODULE', 'Cultural awareness', { url: '/learn/cultural-awareness' }),
    resource('r-2', 'BRIEFING', 'Seven-minute briefing', {
      done: true,
      completion: 'MARKED',
      doneAt: '2026-06-16T09:00:00.000Z',
      reflection: 'I now know our lead.',
    }),
  ],
});

describe('the framework tool', () => {
  afterEach(() => sessionStorage.clear());

  it('starts a signed-in person at the group in their profile and asks for a strand before going on', async () => {
    renderRoute('/framework', {
      viewer: learnerFixture,
      mocks: [toolMock([group('g-1', 'General contact', true), group('g-2', 'Leaders', false)])],
    });
    expect(await screen.findByRole('radio', { name: 'General contact' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Leaders' })).not.toBeChecked();
    expect(screen.getByRole('link', { name: 'Your learning plan' })).toHaveAttribute('href', '/framework/plan');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select what you want to find out about' })).toHaveAttribute(
      'href',
      '#strand',
    );
  });

  it('shows a person their plan: gaps, resources, what is done, and a way to mark only what is not a module', async () => {
    renderRoute('/framework/plan', {
      viewer: learnerFixture,
      mocks: [
        {
          request: { query: learningPlanQuery, variables: { personId: null } },
          result: { data: { learningPlan: plan('person-1', true) } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your learning plan' })).toBeInTheDocument();
    expect(
      screen.getByText(/You have rated 3 competencies: 1 to work on\. 1 of 2 suggested resources/),
    ).toBeInTheDocument();
    expect(screen.getByText('I now know our lead.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cultural awareness' })).toHaveAttribute(
      'href',
      '/learn/cultural-awareness',
    );
    expect(screen.getByText('This counts as done by itself when you complete the module.')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /Mark as done|Change your reflection/ })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Download as a PDF' })).toHaveAttribute('href', '/api/framework/plan.pdf');
  });

  it('shows the success banner after marking done below the Back link and above the heading, as GOV.UK orders them', async () => {
    const planMock = {
      request: { query: learningPlanQuery, variables: { personId: null } },
      result: { data: { learningPlan: plan('person-1', true) } },
    };
    const { router } = renderRoute('/framework', {
      viewer: learnerFixture,
      mocks: [toolMock([group('g-1', 'General contact', true)]), planMock, planMock],
    });
    await screen.findByRole('radio', { name: 'General contact' });
    await act(() => router.navigate('/framework/plan', { state: withFlash('Marked as done') }));
    // The banner shows at once; the Back link and heading come when the plan has loaded.
    const heading = await screen.findByRole('heading', { level: 1, name: 'Your learning plan' });
    const banner = screen.getByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Marked as done');
    const back = screen.getByRole('link', { name: 'Back' });
    expect(back.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(banner.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keeps a signed-out visitor’s answers in the browser and builds their plan from them', async () => {
    renderRoute('/framework/needs?strand=strand-1&group=g-p', {
      viewer: null,
      mocks: [
        {
          request: { query: frameworkNeedsQuery, variables: { strandId: 'strand-1', workforceGroupId: 'g-p' } },
          result: {
            data: {
              frameworkStrands: strands.map(({ __typename, id, name }) => ({ __typename, id, name })),
              frameworkGroups: [{ __typename: 'FrameworkGroup', id: 'g-p', name: 'The public' }],
              frameworkCompetencies: [
                {
                  __typename: 'Competency',
                  id: 'c-1',
                  statement: 'Know who to tell',
                  kind: 'KNOW',
                  viewerConfidence: null,
                },
              ],
            },
          },
        },
        {
          request: {
            query: publicLearningPlanQuery,
            variables: { input: { ratings: [{ competencyId: 'c-1', confidence: 1 }] } },
          },
          result: { data: { publicLearningPlan: plan(null, false) } },
        },
      ],
    });
    const fieldset = await screen.findByRole('group', { name: 'Know who to tell' });
    await userEvent.click(within(fieldset).getByRole('radio', { name: 'I do not know this yet' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save and see my plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your learning plan' })).toBeInTheDocument();
    expect(JSON.parse(sessionStorage.getItem('cg.framework.ratings') ?? '[]')).toEqual([
      { competencyId: 'c-1', confidence: 1 },
    ]);
    expect(await screen.findByText(/This plan is kept only in this browser window/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Seven-minute briefing' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Download as a PDF' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Mark as done/ })).not.toBeInTheDocument();
  });
});
