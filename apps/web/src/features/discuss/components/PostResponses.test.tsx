import '../../learn/testing/layoutPolyfill';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AuthContext } from '../../../app/AuthContext';
import { createCache } from '../../../lib/apollo';
import { FakeLiveSocket } from '../../../lib/fakeLiveSocket';
import { LiveSocketContext } from '../../../lib/socket';
import { learnerFixture } from '../../../test/renderRoute';
import { createPostMutation, threadPostsQuery } from '../operations';
import { setPostReactionMutation } from '../postResponses.operations';
import { noReactions, post, postsPage, thread, viewerAsColleague } from '../testing/fixtures';
import { ThreadDiscussion } from './ThreadDiscussion';

const question = post(1, {
  body: '<p>How do you book an interpreter for a home visit at short notice?</p>',
  reactions: noReactions().map((r) => (r.reaction === 'THANKS' ? { ...r, count: 2 } : r)),
});
const own = post(2, {
  author: viewerAsColleague,
  viewerCan: { edit: true, delete: true, react: false },
  reactions: noReactions().map((r) => (r.reaction === 'HELPFUL' ? { ...r, count: 1 } : r)),
});

function renderThread(socket: FakeLiveSocket, mocks: MockLink.MockedResponse[], posts = [question, own]) {
  render(
    <MockedProvider
      mocks={[
        {
          request: { query: threadPostsQuery, variables: { threadId: 'thread-1', first: 20 } },
          result: { data: postsPage(posts) },
        },
        ...mocks,
      ]}
      cache={createCache()}
    >
      <AuthContext.Provider
        value={{ viewer: learnerFixture, loading: false, isAdmin: false, refresh: async () => undefined }}
      >
        <LiveSocketContext.Provider value={socket.getter}>
          <MemoryRouter>
            <ThreadDiscussion thread={thread({ lastSeq: posts.length })} formId="reply" />
          </MemoryRouter>
        </LiveSocketContext.Provider>
      </AuthContext.Provider>
    </MockedProvider>,
  );
}

describe('reactions and quotes on posts', () => {
  it('offers reaction toggles with counts to a reader, pressed once they react, and counts only to the author', async () => {
    const user = userEvent.setup();
    const reacted = noReactions().map((r) =>
      r.reaction === 'THANKS'
        ? { ...r, count: 2 }
        : r.reaction === 'HELPFUL'
          ? { ...r, count: 1, viewerReacted: true }
          : r,
    );
    renderThread(new FakeLiveSocket(), [
      {
        request: {
          query: setPostReactionMutation,
          variables: { input: { postId: question.id, reaction: 'HELPFUL', reacted: true } },
        },
        result: {
          data: { setPostReaction: { __typename: 'Post', id: question.id, reactions: reacted } },
        },
      },
    ]);
    const [first, second] = await screen.findAllByRole('article');
    const reactions = within(first).getByRole('list', { name: 'Reactions' });
    const buttons = within(reactions).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Thanks 2 people',
      'Helpful 0 people',
      'Agree 0 people',
      'Insightful 0 people',
    ]);
    const helpful = within(first).getByRole('button', { name: 'Helpful 0 people' });
    expect(helpful).toHaveAttribute('aria-pressed', 'false');

    await user.click(helpful);
    await waitFor(() =>
      expect(within(first).getByRole('button', { name: 'Helpful 1 person' })).toHaveAttribute('aria-pressed', 'true'),
    );

    // The author sees what others said, without buttons.
    expect(within(second).queryByRole('list', { name: 'Reactions' })).not.toBeInTheDocument();
    expect(second).toHaveTextContent('Reactions: Helpful 1 person');
  });

  it('undoes a refused reaction and says why', async () => {
    const user = userEvent.setup();
    renderThread(new FakeLiveSocket(), [
      {
        request: {
          query: setPostReactionMutation,
          variables: { input: { postId: question.id, reaction: 'AGREE', reacted: true } },
        },
        result: {
          errors: [
            new GraphQLError('suspended', {
              extensions: { code: 'FORBIDDEN' },
            }),
          ],
        },
      },
    ]);
    const [first] = await screen.findAllByRole('article');
    await user.click(within(first).getByRole('button', { name: 'Agree 0 people' }));
    expect(await within(first).findByRole('alert')).toHaveTextContent('suspended');
    expect(within(first).getByRole('button', { name: 'Agree 0 people' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('updates counts as others react, live', async () => {
    const socket = new FakeLiveSocket();
    renderThread(socket, []);
    const [first] = await screen.findAllByRole('article');
    await waitFor(() => expect(socket.sentOf('thread.join')).toHaveLength(1));
    socket.fire('reaction.changed', {
      threadId: 'thread-1',
      postId: question.id,
      counts: [
        { reaction: 'THANKS', count: 3 },
        { reaction: 'HELPFUL', count: 0 },
        { reaction: 'AGREE', count: 1 },
        { reaction: 'INSIGHTFUL', count: 0 },
      ],
    });
    expect(await within(first).findByRole('button', { name: 'Thanks 3 people' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(first).getByRole('button', { name: 'Agree 1 person' })).toBeInTheDocument();
    // Another thread's event changes nothing here.
    socket.fire('reaction.changed', { threadId: 'thread-2', postId: question.id, counts: [] });
    expect(within(first).getByRole('button', { name: 'Thanks 3 people' })).toBeInTheDocument();
  });

  it('quotes a post in the reply, which then shows the quoted excerpt linking to it', async () => {
    const user = userEvent.setup();
    const reply = post(3, {
      author: viewerAsColleague,
      body: '<p>We use the telephone line first.</p>',
      viewerCan: { edit: true, delete: true, react: false },
      quotedPost: {
        id: question.id,
        seq: 1,
        body: question.body,
        deleted: false,
        author: { id: 'person-9', name: 'Amara Osei' },
      },
    });
    renderThread(new FakeLiveSocket(), [
      {
        request: {
          query: createPostMutation,
          variables: {
            input: {
              threadId: 'thread-1',
              body: '<p>We use the telephone line first.</p>',
              anonymous: false,
              quotedPostId: question.id,
            },
          },
        },
        result: { data: { createPost: reply } },
      },
    ]);
    const [first] = await screen.findAllByRole('article');
    await user.click(within(first).getByRole('button', { name: /^Quote the post from .* in your reply$/ }));
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    await waitFor(() => expect(box).toHaveFocus());
    expect(
      screen.getByText(/Your reply quotes Amara Osei’s post: “How do you book an interpreter/),
    ).toBeInTheDocument();

    await user.keyboard('We use the telephone line first.');
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
    const added = screen.getAllByRole('article')[2];
    expect(within(added).getByRole('link', { name: 'Amara Osei’s post' })).toHaveAttribute(
      'href',
      `#post-${question.id}`,
    );
    expect(added).toHaveTextContent('“How do you book an interpreter for a home visit at short notice?”');
    expect(screen.queryByText(/Your reply quotes/)).not.toBeInTheDocument();
  });

  it('shows a quote of a since-deleted post as a deleted post, and drops a quote on request', async () => {
    const user = userEvent.setup();
    const replying = post(3, {
      quotedPost: { id: 'post-gone', seq: 1, body: '', deleted: true, author: null },
    });
    renderThread(new FakeLiveSocket(), [], [question, own, replying]);
    const articles = await screen.findAllByRole('article');
    expect(articles[2]).toHaveTextContent('Replying to a deleted post.');

    await user.click(within(articles[0]).getByRole('button', { name: /^Quote/ }));
    await user.click(screen.getByRole('button', { name: 'Remove quote of Amara Osei’s post' }));
    expect(screen.queryByText(/Your reply quotes/)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveFocus();
  });
});
