import '../../learn/testing/layoutPolyfill';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo';
import { FakeLiveSocket } from '../../../lib/fakeLiveSocket';
import { LiveSocketContext } from '../../../lib/socket';
import { followThreadMutation } from '../../notifications/operations';
import { createPostMutation, lessonThreadQuery, threadPostsQuery } from '../operations';
import { post, postsPage, thread, viewerAsColleague } from '../testing/fixtures';
import { LessonDiscussion } from './LessonDiscussion';

const lessonId = 'lesson-article';
const lessonThread = thread({ id: 'thread-7', title: 'Rumours and myths', lessonId, category: null, postCount: 1 });
const first = post(1, {
  threadId: 'thread-7',
  author: viewerAsColleague,
  body: '<p>Has anyone used the myth-buster leaflet?</p>',
  viewerCan: { edit: true, delete: true, react: false },
});

function renderPanel(
  mocks: MockLink.MockedResponse[],
  signedIn = true,
  socket = new FakeLiveSocket(),
  at = '/learn/rumours/lessons/lesson-article',
) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <LiveSocketContext.Provider value={socket.getter}>
        <MemoryRouter initialEntries={[at]}>
          <LessonDiscussion lessonId={lessonId} signedIn={signedIn} signInHref="/sign-in?next=%2Flesson" />
        </MemoryRouter>
      </LiveSocketContext.Provider>
    </MockedProvider>,
  );
}

describe('LessonDiscussion', () => {
  it('starts the lesson’s discussion with the first post, moves focus to it and then follows it live', async () => {
    const user = userEvent.setup();
    const socket = new FakeLiveSocket();
    renderPanel(
      [
        { request: { query: lessonThreadQuery, variables: { lessonId } }, result: { data: { lessonThread: null } } },
        {
          request: { query: createPostMutation, variables: { input: { lessonId, body: first.body } } },
          result: { data: { createPost: first } },
        },
        {
          request: { query: lessonThreadQuery, variables: { lessonId } },
          result: { data: { lessonThread } },
        },
        {
          request: { query: threadPostsQuery, variables: { threadId: 'thread-7', first: 20 } },
          result: { data: postsPage([first]) },
        },
      ],
      true,
      socket,
    );
    expect(await screen.findByText(/Nobody has posted about this lesson yet/)).toBeInTheDocument();
    // No thread yet: nothing to join.
    expect(socket.sent).toEqual([]);
    await user.click(screen.getByRole('textbox', { name: 'Your post' }));
    await user.keyboard('Has anyone used the myth-buster leaflet?');
    await user.click(screen.getByRole('button', { name: 'Post' }));

    const article = await screen.findByRole('article');
    expect(article).toHaveTextContent('Has anyone used the myth-buster leaflet?');
    expect(article).toHaveTextContent('Sam Okafor');
    await waitFor(() => expect(article).toHaveFocus());
    expect(screen.queryByText(/Nobody has posted/)).not.toBeInTheDocument();
    // Replies now go to the thread.
    expect(screen.getByRole('button', { name: 'Post reply' })).toBeInTheDocument();
    await waitFor(() => expect(socket.sentOf('thread.join')).toEqual([{ threadId: 'thread-7', lastSeq: 1 }]));
  });

  it('shows an existing discussion’s posts with the reply form', async () => {
    renderPanel([
      { request: { query: lessonThreadQuery, variables: { lessonId } }, result: { data: { lessonThread } } },
      {
        request: { query: threadPostsQuery, variables: { threadId: 'thread-7', first: 20 } },
        result: { data: postsPage([post(1, { threadId: 'thread-7', author: null, anonymous: true })]) },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 3, name: 'A colleague' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toBeInTheDocument();
  });

  it('lets the reader choose how closely to follow the discussion, folded until they open it', async () => {
    const user = userEvent.setup();
    renderPanel([
      { request: { query: lessonThreadQuery, variables: { lessonId } }, result: { data: { lessonThread } } },
      {
        request: { query: threadPostsQuery, variables: { threadId: 'thread-7', first: 20 } },
        result: { data: postsPage([first]) },
      },
      {
        request: { query: followThreadMutation, variables: { input: { threadId: 'thread-7', level: 'MUTE' } } },
        result: {
          data: { followThread: { __typename: 'DiscussionThread', id: 'thread-7', viewerFollowLevel: 'MUTE' } },
        },
      },
    ]);
    const summary = await screen.findByText('Notifications: normal');
    expect(screen.getByRole('radio', { name: 'Mute', hidden: true })).not.toBeVisible();
    await user.click(summary);
    await user.click(screen.getByRole('radio', { name: 'Mute' }));
    await user.click(screen.getByRole('button', { name: 'Save notification choice' }));
    expect(await screen.findByText('You have muted this thread.')).toBeInTheDocument();
    expect(screen.getByText('Notifications: muted')).toBeInTheDocument();
  });

  it('opens at the post a notification links to and moves focus to it', async () => {
    const longer = { ...lessonThread, lastSeq: 3, postCount: 3 };
    renderPanel(
      [
        { request: { query: lessonThreadQuery, variables: { lessonId } }, result: { data: { lessonThread: longer } } },
        {
          request: { query: threadPostsQuery, variables: { threadId: 'thread-7', first: 20, afterSeq: 1 } },
          result: {
            data: postsPage([
              post(2, { threadId: 'thread-7', body: '<p>The linked reply</p>' }),
              post(3, { threadId: 'thread-7', body: '<p>A later reply</p>' }),
            ]),
          },
        },
      ],
      true,
      new FakeLiveSocket(),
      '/learn/rumours/lessons/lesson-article?seq=2#discussion-heading',
    );
    const linked = await screen.findByText('The linked reply');
    const article = linked.closest('article');
    await waitFor(() => expect(article).toHaveFocus());
    expect(screen.queryByText(first.body.replace(/<[^>]+>/g, ''))).toBeNull();
    expect(screen.getByRole('link', { name: /earlier post/ })).toBeInTheDocument();
  });

  it('asks signed-out visitors to sign in to join in', () => {
    renderPanel([], false);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?next=%2Flesson');
  });
});
