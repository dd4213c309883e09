import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo';
import { threadPostsQuery } from '../operations';
import { post, postsPage } from '../testing/fixtures';
import { useThreadPosts } from './useThreadPosts';

function wrapperWith(mocks: MockLink.MockedResponse[]) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <MockedProvider mocks={mocks} cache={createCache()}>
        {children}
      </MockedProvider>
    );
  };
}

const firstPage = {
  request: { query: threadPostsQuery, variables: { threadId: 'thread-1', first: 20 } },
  result: { data: postsPage([post(1), post(2)], true, 3) },
};
const secondPage = {
  request: { query: threadPostsQuery, variables: { threadId: 'thread-1', first: 20, after: 'cursor-2' } },
  result: { data: postsPage([post(3)], false, 3) },
};

const seqs = (posts: readonly { seq: number }[]) => posts.map((item) => item.seq);

describe('useThreadPosts', () => {
  it('loads later pages after the ones shown, in order', async () => {
    const { result } = renderHook(() => useThreadPosts('thread-1'), { wrapper: wrapperWith([firstPage, secondPage]) });
    await waitFor(() => expect(seqs(result.current.posts)).toEqual([1, 2]));
    expect(result.current.hasMore).toBe(true);
    await act(() => result.current.loadMore());
    await waitFor(() => expect(seqs(result.current.posts)).toEqual([1, 2, 3]));
    expect(result.current.hasMore).toBe(false);
    expect(result.current.lastSeq).toBe(3);
  });

  it('updates shown posts at once, but adds new ones only when nothing is left to load', async () => {
    const { result } = renderHook(() => useThreadPosts('thread-1'), { wrapper: wrapperWith([firstPage, secondPage]) });
    await waitFor(() => expect(seqs(result.current.posts)).toEqual([1, 2]));

    // Post 4 would leave a gap where post 3 belongs; the change to post 2 is shown.
    act(() => result.current.mergePosts([post(4), post(2, { body: '<p>Changed</p>' })]));
    await waitFor(() => expect(result.current.posts[1]?.body).toBe('<p>Changed</p>'));
    expect(seqs(result.current.posts)).toEqual([1, 2]);

    await act(() => result.current.loadMore());
    await waitFor(() => expect(seqs(result.current.posts)).toEqual([1, 2, 3]));
    // Every page loaded: new posts join the end in order, each once.
    act(() => result.current.mergePosts([post(5), post(4), post(4)]));
    await waitFor(() => expect(seqs(result.current.posts)).toEqual([1, 2, 3, 4, 5]));
    expect(result.current.totalCount).toBe(5);
  });
});
