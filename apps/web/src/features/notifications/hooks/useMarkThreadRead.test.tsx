import { MockedProvider } from '@apollo/client/testing/react';
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../../../lib/apollo';
import { markThreadReadMutation } from '../operations';
import { useMarkThreadRead } from './useMarkThreadRead';

const posts = [1, 2, 3, 4].map((seq) => ({ id: `p${seq}`, seq }));

/** An IntersectionObserver the test drives: `show(id)` reports that element in view. */
class FakeObserver {
  static current: FakeObserver | null = null;
  readonly targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.current = this;
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {}
  show(id: string) {
    const target = this.targets.find((t) => t.id === id);
    if (!target) throw new Error(`not observed: ${id}`);
    const entry = { target, isIntersecting: true } as IntersectionObserverEntry;
    act(() => this.callback([entry], this as unknown as IntersectionObserver));
  }
}

function Thread() {
  useMarkThreadRead('thread-1', posts, 1);
  return (
    <ol>
      {posts.map((post) => (
        <li key={post.id} id={`post-${post.id}`}>
          Post {post.seq}
        </li>
      ))}
    </ol>
  );
}

function renderThread(seq: number) {
  const result = vi.fn(() => ({
    data: {
      markThreadRead: {
        __typename: 'DiscussionThread',
        id: 'thread-1',
        viewerLastReadSeq: seq,
        viewerUnreadCount: 4 - seq,
      },
    },
  }));
  const mock = {
    request: { query: markThreadReadMutation, variables: { input: { threadId: 'thread-1', seq } } },
    result,
  };
  const mocks = [mock];
  const cache = createCache();
  const view = render(
    <MockedProvider mocks={mocks} cache={cache}>
      <Thread />
    </MockedProvider>,
  );
  /** The reader goes elsewhere in the app: the thread unmounts, the app stays. */
  const leave = () =>
    view.rerender(
      <MockedProvider mocks={mocks} cache={cache}>
        <p>Elsewhere</p>
      </MockedProvider>,
    );
  return { result, leave };
}

describe('useMarkThreadRead', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('saves the furthest post seen once scrolling settles, in one request', async () => {
    const { result } = renderThread(3);
    FakeObserver.current?.show('post-p2');
    FakeObserver.current?.show('post-p3');
    expect(result).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(result).toHaveBeenCalledTimes(1);
    // Seeing an earlier post again saves nothing more.
    FakeObserver.current?.show('post-p1');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(result).toHaveBeenCalledTimes(1);
  });

  it('saves at once when the reader leaves before it settles', async () => {
    const { result, leave } = renderThread(4);
    FakeObserver.current?.show('post-p4');
    leave();
    // Well before the settling delay (the mocked network itself takes a few milliseconds).
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(result).toHaveBeenCalledTimes(1);
  });
});
