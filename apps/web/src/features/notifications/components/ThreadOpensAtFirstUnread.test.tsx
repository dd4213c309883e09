import '../../learn/testing/layoutPolyfill';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { discussionThreadQuery, threadPostsQuery } from '../../discuss/operations';
import { post, postsPage, thread } from '../../discuss/testing/fixtures';

describe('a thread read before', () => {
  beforeAll(async () => {
    await import('../../discuss/pages/ThreadPage');
  });

  it('opens at the first unread post, with the way back to the earlier ones and the follow choice', async () => {
    const threadMock = {
      request: { query: discussionThreadQuery, variables: { id: 'thread-1' } },
      result: {
        data: {
          discussionThread: thread({ postCount: 5, lastSeq: 5, viewerLastReadSeq: 3, viewerFollowLevel: 'WATCH' }),
        },
      },
    };
    const unreadMock = {
      request: { query: threadPostsQuery, variables: { threadId: 'thread-1', first: 20, afterSeq: 3 } },
      result: { data: postsPage([post(4), post(5)]) },
    };
    renderRoute('/discuss/threads/thread-1', { viewer: learnerFixture, mocks: [threadMock, unreadMock] });
    const articles = await screen.findAllByRole('article');
    expect(articles).toHaveLength(2);
    expect(within(articles[0]).getByText('Post number 4')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show the 3 earlier posts' })).toHaveAttribute(
      'href',
      '/discuss/threads/thread-1?seq=1',
    );
    expect(screen.getByRole('radio', { name: 'Watch' })).toBeChecked();
  });
});
