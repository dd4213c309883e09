import '../../learn/testing/layoutPolyfill';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo';
import { FakeLiveSocket } from '../../../lib/fakeLiveSocket';
import { LiveSocketContext } from '../../../lib/socket';
import { createPostMutation, lessonThreadQuery, threadPostsQuery } from '../operations';
import type { ReachedScene } from '../storyScenes';
import { post, postsPage, thread, viewerAsColleague } from '../testing/fixtures';
import { LessonDiscussion } from './LessonDiscussion';

const lessonId = 'lesson-scenario';
const doorstep: ReachedScene = { id: 'scene-doorstep', title: 'On the doorstep' };
const kitchen: ReachedScene = { id: 'scene-kitchen', title: 'In the kitchen' };
const lessonThread = thread({ id: 'thread-9', title: 'The home visit', lessonId, category: null, postCount: 3 });
const aboutDoorstep = post(1, { threadId: 'thread-9', sceneId: doorstep.id, body: '<p>Knock twice.</p>' });
const aboutKitchen = post(2, { threadId: 'thread-9', sceneId: kitchen.id, body: '<p>The gas was left on.</p>' });
const general = post(3, { threadId: 'thread-9', body: '<p>A good scenario.</p>' });

function panel(mocks: MockLink.MockedResponse[], scenes: readonly ReachedScene[]) {
  const socket = new FakeLiveSocket();
  const tree = (reached: readonly ReachedScene[]) => (
    <MockedProvider mocks={mocks} cache={createCache()}>
      <LiveSocketContext.Provider value={socket.getter}>
        <MemoryRouter>
          <LessonDiscussion lessonId={lessonId} signedIn signInHref="/sign-in" scenes={reached} />
        </MemoryRouter>
      </LiveSocketContext.Provider>
    </MockedProvider>
  );
  const view = render(tree(scenes));
  return { reach: (reached: readonly ReachedScene[]) => view.rerender(tree(reached)) };
}

const threadMocks: MockLink.MockedResponse[] = [
  { request: { query: lessonThreadQuery, variables: { lessonId } }, result: { data: { lessonThread } } },
  {
    request: { query: threadPostsQuery, variables: { threadId: 'thread-9', first: 20 } },
    result: { data: postsPage([aboutDoorstep, aboutKitchen, general]) },
  },
];

describe('LessonDiscussion in a scenario lesson', () => {
  it('offers only the scenes reached as what a first post is about, and sends the one chosen', async () => {
    const user = userEvent.setup();
    const created = post(1, { threadId: 'thread-9', author: viewerAsColleague, sceneId: doorstep.id });
    panel(
      [
        { request: { query: lessonThreadQuery, variables: { lessonId } }, result: { data: { lessonThread: null } } },
        {
          request: {
            query: createPostMutation,
            variables: { input: { lessonId, body: '<p>Knock twice.</p>', sceneId: doorstep.id } },
          },
          result: { data: { createPost: { ...created, body: '<p>Knock twice.</p>' } } },
        },
        { request: { query: lessonThreadQuery, variables: { lessonId } }, result: { data: { lessonThread } } },
        {
          request: { query: threadPostsQuery, variables: { threadId: 'thread-9', first: 20 } },
          result: { data: postsPage([{ ...created, body: '<p>Knock twice.</p>' }]) },
        },
      ],
      [doorstep],
    );
    const select = await screen.findByRole('combobox', { name: 'This post is about' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['The scenario as a whole', 'On the doorstep']);
    await user.selectOptions(select, doorstep.id);
    await user.click(screen.getByRole('textbox', { name: 'Your post' }));
    await user.keyboard('Knock twice.');
    await user.click(screen.getByRole('button', { name: 'Post' }));

    const article = await screen.findByRole('article');
    expect(article).toHaveTextContent('About: On the doorstep');
  });

  it('labels posts about reached scenes and folds those about later ones until they are reached', async () => {
    const user = userEvent.setup();
    const { reach } = panel(threadMocks, [doorstep]);

    const articles = await screen.findAllByRole('article');
    expect(articles).toHaveLength(3);
    const [first, second, third] = articles as [HTMLElement, HTMLElement, HTMLElement];
    expect(first).toHaveTextContent('About: On the doorstep');
    expect(third).not.toHaveTextContent('About:');

    const fold = within(second).getByText('This post is about a later part of the story. Open it anyway');
    const details = fold.closest('details');
    expect(details).not.toHaveAttribute('open');
    expect(second).not.toHaveTextContent('In the kitchen');
    await user.click(fold);
    expect(details).toHaveAttribute('open');

    reach([doorstep, kitchen]);
    const reached = screen.getAllByRole('article')[1];
    expect(reached).toHaveTextContent('About: In the kitchen');
    expect(within(reached).queryByText(/later part of the story/)).not.toBeInTheDocument();
    expect(reached.querySelector('details')).toBeNull();
  });

  it('offers no scene to choose before the reader has reached any', async () => {
    panel(threadMocks, []);
    const [first] = await screen.findAllByRole('article');
    expect(first).toHaveTextContent('This post is about a later part of the story');
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'This post is about' })).not.toBeInTheDocument();
  });
});
