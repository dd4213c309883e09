import '../../learn/testing/layoutPolyfill';
import { validateScenario, type ScenarioContent } from '@common-ground/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../test/renderRoute';
import { brokenScenario, frontDeskScenario } from '../../learn/fixtures/scenario';
import { editorFixture, lessonFixture, lessonPageMocks } from '../testing/fixtures';
import { publishLessonMutation, saveLessonDraftMutation } from '../operations';

describe('LessonEditorPage', () => {
  // The route loads the page lazily; load it first, so no test's first query waits on the transform.
  beforeAll(async () => {
    await import('./LessonEditorPage');
  });

  it('saves the draft with the edited scenario and says so', async () => {
    const user = userEvent.setup();
    const lesson = lessonFixture({ draftContent: frontDeskScenario });
    const sent = vi.fn<(content: ScenarioContent) => void>();
    renderRoute('/authoring/lessons/lesson-1', {
      viewer: editorFixture,
      mocks: [
        ...lessonPageMocks(lesson),
        {
          request: {
            query: saveLessonDraftMutation,
            variables: (variables: { input: { lessonId: string } }) => variables.input.lessonId === 'lesson-1',
          },
          result: (variables: { input: { content: ScenarioContent } }) => {
            sent(variables.input.content);
            return {
              data: {
                saveLessonDraft: {
                  __typename: 'AuthoringLesson',
                  id: 'lesson-1',
                  status: 'DRAFT',
                  draftContent: variables.input.content,
                  publishBlockers: [],
                  updatedAt: '2026-06-16T13:05:00.000Z',
                  updatedBy: { __typename: 'Person', id: 'person-4', name: 'Dan Reyes' },
                  scenarioProblems: [],
                },
              },
            };
          },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: /At the front desk/ })).toBeInTheDocument();
    expect(screen.getByText(/Last saved by Priya Shah on Tuesday 16 June 2026 at 9:30am/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a scene' }));
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('Draft saved')).toBeInTheDocument();
    expect(sent).toHaveBeenCalledTimes(1);
    const content = sent.mock.calls[0]?.[0];
    expect(content?.scenes).toHaveLength(frontDeskScenario.scenes.length + 1);
    expect(content?.scenes.at(-1)?.title).toBe(`New scene ${frontDeskScenario.scenes.length + 1}`);
    await waitFor(() => expect(screen.queryByText('You have unsaved changes.')).toBeNull());
    expect(await screen.findByText(/Last saved by Dan Reyes on Tuesday 16 June 2026 at 2:05pm/)).toBeInTheDocument();
  });

  it('shows scene media from /api/media in the preview, asking the server whether each is a picture or a recording', async () => {
    const user = userEvent.setup();
    const draft: ScenarioContent = {
      ...frontDeskScenario,
      scenes: frontDeskScenario.scenes.map((scene) =>
        scene.id === frontDeskScenario.startSceneId ? { ...scene, mediaId: 'media-7', mediaAlt: 'Phone call' } : scene,
      ),
    };
    const head = vi.fn(async () => new Response(null, { status: 200, headers: { 'Content-Type': 'audio/mpeg' } }));
    vi.stubGlobal('fetch', head);
    try {
      const { container } = renderRoute('/authoring/lessons/lesson-1', {
        viewer: editorFixture,
        mocks: lessonPageMocks(lessonFixture({ draftContent: draft })),
      });
      await screen.findByRole('button', { name: 'Add a scene' });
      await waitFor(() =>
        expect(head).toHaveBeenCalledWith('/api/media/media-7', expect.objectContaining({ method: 'HEAD' })),
      );
      await user.click(screen.getByRole('button', { name: 'Preview' }));
      await waitFor(() => expect(container.querySelector('audio')).toHaveAttribute('src', '/api/media/media-7'));
      expect(container.querySelector('audio')).toHaveAttribute('aria-label', 'Phone call');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('warns before leaving with unsaved changes', async () => {
    const user = userEvent.setup();
    const lesson = lessonFixture({ draftContent: frontDeskScenario });
    const { router } = renderRoute('/authoring/lessons/lesson-1', {
      viewer: editorFixture,
      mocks: lessonPageMocks(lesson),
    });
    await user.click(await screen.findByRole('button', { name: 'Add a scene' }));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    const warning = await screen.findByRole('alertdialog', { name: 'You have unsaved changes' });
    expect(warning).toHaveFocus();
    expect(router.state.location.pathname).toBe('/authoring/lessons/lesson-1');
    await user.click(within(warning).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
  });

  it('shows every problem the server found when publishing is refused, linked to its scene, and keeps the draft', async () => {
    const user = userEvent.setup();
    const lesson = lessonFixture({ draftContent: brokenScenario });
    const problems = validateScenario(brokenScenario).map((problem) => ({
      sceneId: problem.sceneId,
      choiceId: problem.choiceId ?? null,
      code: problem.code,
      message: problem.message,
    }));
    renderRoute('/authoring/lessons/lesson-1', {
      viewer: editorFixture,
      mocks: [
        ...lessonPageMocks(lesson),
        {
          request: { query: publishLessonMutation, variables: { input: { lessonId: 'lesson-1' } } },
          result: {
            errors: [
              {
                message: `This scenario cannot be published yet: ${problems.length} problems to fix.`,
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: { content: 'Fix the problems shown on each scene.' },
                  problems,
                },
              },
            ],
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Publish now' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByText('The lesson was not published. Nothing you wrote has been lost.'),
    ).toBeInTheDocument();
    expect(within(summary).getByRole('heading', { name: 'This scenario cannot be published yet' })).toBeInTheDocument();
    expect(within(summary).getAllByRole('listitem')).toHaveLength(problems.length);
    expect(document.title).toMatch(/^Error: /);

    await user.click(within(summary).getByRole('link', { name: /^Scene three: No path reaches this scene/ }));
    expect(screen.getByRole('heading', { level: 3, name: /^Scene three/ })).toHaveFocus();
    // The draft is still there, scene by scene.
    expect(screen.getByRole('heading', { level: 3, name: /^Scene one/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /^Scene two/ })).toBeInTheDocument();
  });
});
