import '../../learn/testing/layoutPolyfill';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { LivePost } from '@common-ground/shared';
import { AuthContext } from '../../../app/AuthContext';
import { learnerFixture } from '../../../test/renderRoute';
import { createCache } from '../../../lib/apollo';
import { FakeLiveSocket } from '../../../lib/fakeLiveSocket';
import { LiveSocketContext } from '../../../lib/socket';
import { postsAfterSeqQuery, threadPostsQuery } from '../operations';
import { amara, post, postsPage, thread } from '../testing/fixtures';
import { ThreadDiscussion } from './ThreadDiscussion';

const shown = [post(1, { body: '<p>How do you book an interpreter?</p>' }), post(2)];
const firstPage = {
  request: { query: threadPostsQuery, variables: { threadId: 'thread-1', first: 20 } },
  result: { data: postsPage(shown) },
};

/** A post as the live layer sends it, by Amara. */
function livePost(seq: number, overrides: Partial<LivePost> = {}): LivePost {
  const bodyHtml = overrides.bodyHtml ?? `<p>Post number ${seq}</p>`;
  return {
    id: `post-${seq}`,
    seq,
    bodyHtml,
    linkedBodyHtml: bodyHtml,
    author: { id: amara.id, name: amara.name, jobTitle: amara.jobTitle, organisationName: amara.organisation.name },
    anonymous: false,
    sceneId: null,
    quotedPostId: null,
    createdAt: '2026-06-16T12:00:00.000Z',
    editedAt: null,
    deleted: false,
    hidden: false,
    ...overrides,
  };
}

function renderThread(socket: FakeLiveSocket, mocks: MockLink.MockedResponse[] = [firstPage]) {
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
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

describe('ThreadDiscussion live', () => {
  it('joins once the posts are shown and adds a colleague’s new post as it arrives, announcing it politely', async () => {
    const socket = new FakeLiveSocket();
    const newPost = post(3, { body: '<p>We call the language line first.</p>', createdAt: '2026-06-16T12:00:00.000Z' });
    renderThread(socket, [
      firstPage,
      {
        request: { query: postsAfterSeqQuery, variables: { threadId: 'thread-1', afterSeq: 2, first: 1 } },
        result: {
          data: { threadPosts: { __typename: 'PostConnection', edges: [{ __typename: 'PostEdge', node: newPost }] } },
        },
      },
    ]);
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    await waitFor(() => expect(socket.sentOf('thread.join')).toEqual([{ threadId: 'thread-1', lastSeq: 2 }]));

    const reply = screen.getByRole('textbox', { name: 'Your reply' });
    reply.focus();
    socket.fire('post.created', {
      threadId: 'thread-1',
      seq: 3,
      post: livePost(3, { bodyHtml: '<p>We call the language line first.</p>' }),
    });

    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
    const added = screen.getAllByRole('article')[2];
    expect(added).toHaveTextContent('We call the language line first.');
    expect(within(added).getByRole('heading', { level: 3 })).toHaveTextContent(
      /Amara Osei\s*Housing officer, Fenmouth Council/,
    );
    expect(screen.getByText('New post from Amara Osei')).toHaveAttribute('aria-live', 'polite');
    expect(reply).toHaveFocus();
  });

  it('applies a colleague’s edit and delete to the posts shown', async () => {
    const socket = new FakeLiveSocket();
    renderThread(socket);
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    socket.fire('post.edited', {
      threadId: 'thread-1',
      seq: 1,
      post: livePost(1, {
        bodyHtml: '<p>How do you book one at short notice?</p>',
        linkedBodyHtml:
          '<p>How do you book one at <span class="app-glossary"><button type="button" class="app-glossary__term" aria-expanded="false" aria-controls="glossary-p1-0" data-glossary-term="short-notice">short notice</button><span id="glossary-p1-0" class="app-glossary__panel" hidden>Less than a day.</span></span>?</p>',
        editedAt: '2026-06-16T12:30:00.000Z',
      }),
    });
    socket.fire('post.deleted', { threadId: 'thread-1', seq: 2, post: livePost(2, { bodyHtml: '', deleted: true }) });

    // The glossary panel's hidden text follows the term, so the sentence is matched up to it.
    await waitFor(() =>
      expect(screen.getAllByRole('article')[0]).toHaveTextContent('How do you book one at short notice'),
    );
    const [edited, deleted] = screen.getAllByRole('article');
    expect(edited).toHaveTextContent('(edited Tuesday 16 June 2026 at 1:30pm)');
    // The event's text comes with its glossary terms linked, as the page's own posts do.
    expect(within(edited).getByRole('button', { name: 'short notice' })).toHaveAttribute('aria-expanded', 'false');
    expect(deleted).toHaveTextContent('This post was deleted by its author.');
  });

  it('shows how many colleagues are here and who is writing, and says when the reader writes', async () => {
    const user = userEvent.setup();
    const socket = new FakeLiveSocket();
    renderThread(socket);
    expect(await screen.findAllByRole('article')).toHaveLength(2);

    socket.fire('presence.changed', { threadId: 'thread-1', count: 1 });
    expect(screen.queryByText(/colleagues? here/)).not.toBeInTheDocument();
    socket.fire('presence.changed', { threadId: 'thread-1', count: 3 });
    expect(screen.getByText('3 colleagues here')).toBeInTheDocument();
    socket.fire('typing', { threadId: 'thread-1', colleagueName: 'Amara Osei' });
    expect(screen.getByText('Amara Osei is writing…')).toBeInTheDocument();
    socket.fire('typing', { threadId: 'thread-1', colleagueName: 'a colleague' });
    expect(screen.getByText('Amara Osei and a colleague are writing…')).toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: 'Your reply' }));
    await user.keyboard('We');
    expect(socket.sentOf('typing.start')).toEqual([{ threadId: 'thread-1' }]);
  });

  it('asks for a reload when too much was missed to catch up', async () => {
    const socket = new FakeLiveSocket();
    socket.joinAck = { ok: false, code: 'CATCH_UP_TOO_LARGE', message: 'Reload the page.' };
    renderThread(socket);
    const banner = await screen.findByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent('There are new posts. Reload the page to see them.');
    expect(within(banner).getByRole('link', { name: 'Reload the page to see them.' })).toHaveAttribute(
      'href',
      window.location.href,
    );
  });

  it('says the thread has moved out of reach, stops showing new posts and takes the reply form away', async () => {
    const socket = new FakeLiveSocket();
    renderThread(socket);
    await screen.findByText('How do you book an interpreter?');
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toBeInTheDocument();
    socket.fire('thread.unavailable', { threadId: 'thread-1', reason: 'MOVED' });
    const banner = await screen.findByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent('This discussion has moved to a forum you cannot see.');
    expect(within(banner).getByRole('link', { name: 'Go to the forums' })).toHaveAttribute('href', '/discuss');
    expect(screen.queryByRole('textbox', { name: 'Your reply' })).not.toBeInTheDocument();
    socket.fire('connect');
    expect(socket.sentOf('thread.join')).toHaveLength(1);
  });
});
