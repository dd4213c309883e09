import '../../learn/testing/layoutPolyfill';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { LivePost } from '@common-ground/shared';
import { AuthContext } from '../../../app/AuthContext';
import { createCache } from '../../../lib/apollo';
import { FakeLiveSocket } from '../../../lib/fakeLiveSocket';
import { LiveSocketContext } from '../../../lib/socket';
import { learnerFixture } from '../../../test/renderRoute';
import { ThreadDiscussion } from '../../discuss/components/ThreadDiscussion';
import { threadPostsQuery } from '../../discuss/operations';
import { amara, post, postsPage, thread, visibleModeration } from '../../discuss/testing/fixtures';
import { flagPostMutation } from '../operations';

const question = post(1, { body: '<p>The family at 12 Quay Street need help.</p>' });
const answer = post(2, { body: '<p>Ask the advice centre.</p>' });

function live(seq: number, overrides: Partial<LivePost>): LivePost {
  return {
    id: `post-${seq}`,
    seq,
    bodyHtml: '',
    linkedBodyHtml: overrides.bodyHtml ?? '',
    author: { id: amara.id, name: amara.name, jobTitle: amara.jobTitle, organisationName: amara.organisation.name },
    anonymous: false,
    sceneId: null,
    quotedPostId: null,
    createdAt: '2026-06-16T08:30:00.000Z',
    editedAt: null,
    deleted: false,
    hidden: false,
    ...overrides,
  };
}

function renderThread(socket: FakeLiveSocket, mocks: MockLink.MockedResponse[] = [], posts = [question, answer]) {
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
            <ThreadDiscussion thread={thread({ lastSeq: 2 })} formId="reply" />
          </MemoryRouter>
        </LiveSocketContext.Provider>
      </AuthContext.Provider>
    </MockedProvider>,
  );
}

describe('post moderation', () => {
  it('turns a post a moderator hides into a placeholder at once, and brings it back when restored', async () => {
    const socket = new FakeLiveSocket();
    renderThread(socket);
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    socket.fire('post.hidden', { threadId: 'thread-1', seq: 1, post: live(1, { hidden: true }) });
    await waitFor(() =>
      expect(screen.getAllByRole('article')[0]).toHaveTextContent('This post has been hidden by a moderator.'),
    );
    expect(screen.getAllByRole('article')[0]).not.toHaveTextContent('12 Quay Street');

    socket.fire('post.restored', {
      threadId: 'thread-1',
      seq: 1,
      post: live(1, { bodyHtml: '<p>The family need help.</p>' }),
    });
    await waitFor(() => expect(screen.getAllByRole('article')[0]).toHaveTextContent('The family need help.'));
    expect(screen.getAllByRole('article')[0]).not.toHaveTextContent('hidden by a moderator');
  });

  it('lets a reader report a post with a reason, refusing an empty one with an error summary', async () => {
    const user = userEvent.setup();
    const sent = vi.fn(() => ({
      data: {
        flagPost: {
          __typename: 'Post' as const,
          id: 'post-2',
          body: '<p>Ask the advice centre.</p>',
          moderation: { ...visibleModeration(), __typename: 'PostModeration' as const, viewerHasFlagged: true },
        },
      },
    }));
    renderThread(new FakeLiveSocket(), [
      {
        request: { query: flagPostMutation, variables: { input: { postId: 'post-2', reason: 'Off topic here' } } },
        result: sent,
      },
    ]);
    const target = (await screen.findAllByRole('article'))[1];
    await user.click(within(target).getByRole('button', { name: /^Report/ }));
    const form = within(target).getByRole('heading', { name: 'Report this post to the moderators?' });
    expect(form).toBeInTheDocument();
    await user.click(within(target).getByRole('button', { name: 'Report post' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Give a reason' })).toHaveAttribute('href', '#post-post-2-flag');
    await user.type(within(target).getByRole('textbox', { name: 'Why are you reporting it?' }), 'Off topic here');
    await user.click(within(target).getByRole('button', { name: 'Report post' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(await within(target).findByText('You reported this post.')).toBeInTheDocument();
    expect(within(target).queryByRole('button', { name: /^Report/ })).not.toBeInTheDocument();
  });

  it('shows moderators a hidden post with its text, a label and the way to restore it', async () => {
    const hidden = post(1, {
      body: '<p>The family at 12 Quay Street need help.</p>',
      moderation: { ...visibleModeration(), state: 'HIDDEN', viewerCanModerate: true, openFlagCount: 2 },
    });
    renderThread(new FakeLiveSocket(), [], [hidden, answer]);
    const [shown] = await screen.findAllByRole('article');
    expect(shown).toHaveTextContent('12 Quay Street');
    expect(shown).toHaveTextContent('This post has been hidden by a moderator. Other staff see a placeholder.');
    expect(shown).toHaveTextContent('Reported 2 times.');
    expect(within(shown).getByRole('button', { name: /^Restore/ })).toBeInTheDocument();
    expect(within(shown).queryByRole('button', { name: /^Hide/ })).not.toBeInTheDocument();
  });
});
