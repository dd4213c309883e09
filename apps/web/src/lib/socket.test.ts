import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LivePost, NamedPostEvent } from '@common-ground/shared';
import { FakeLiveSocket as FakeSocket } from './fakeLiveSocket';
import { useThreadLive } from './socket';

const THREAD = 'thread-1';
const post = (seq: number, bodyHtml = `<p>${seq}</p>`): LivePost => ({
  id: `post-${seq}`,
  seq,
  bodyHtml,
  linkedBodyHtml: bodyHtml,
  author: null,
  anonymous: true,
  sceneId: null,
  quotedPostId: null,
  createdAt: '2026-12-05T09:00:00.000Z',
  editedAt: null,
  deleted: false,
  hidden: false,
});
const created = (seq: number, threadId = THREAD): NamedPostEvent => ({
  type: 'post.created',
  threadId,
  seq,
  post: post(seq),
});

function follow(socket: FakeSocket, lastSeq: number) {
  const got: NamedPostEvent[] = [];
  const view = renderHook(() => useThreadLive(THREAD, lastSeq, (event) => got.push(event), socket.getter));
  return { got, view };
}

describe('useThreadLive', () => {
  it('joins with the last sequence shown, hands over what was missed and then live posts, once each and in order', () => {
    const socket = new FakeSocket();
    socket.joinAck = { ok: true, missed: [created(3), created(4)], lastSeq: 4 };
    const { got } = follow(socket, 2);
    expect(socket.sent[0]).toEqual(['thread.join', { threadId: THREAD, lastSeq: 2 }]);
    socket.fire('post.created', { threadId: THREAD, seq: 4, post: post(4) });
    socket.fire('post.created', { threadId: 'another', seq: 9, post: post(9) });
    socket.fire('post.created', { threadId: THREAD, seq: 5, post: post(5) });
    socket.fire('post.edited', { threadId: THREAD, seq: 3, post: post(3, '<p>changed</p>') });
    expect(got.map((e) => [e.type, e.seq])).toEqual([
      ['post.created', 3],
      ['post.created', 4],
      ['post.created', 5],
      ['post.edited', 3],
    ]);
  });

  it('joins again after a reconnect, asking for what came after the last post it saw', () => {
    const socket = new FakeSocket();
    follow(socket, 1);
    socket.fire('post.created', { threadId: THREAD, seq: 2, post: post(2) });
    socket.fire('connect');
    expect(socket.sent.filter(([event]) => event === 'thread.join').map(([, payload]) => payload)).toEqual([
      { threadId: THREAD, lastSeq: 1 },
      { threadId: THREAD, lastSeq: 2 },
    ]);
  });

  it('stops following a thread the reader can no longer see, saying why: told by the server, or refused on rejoining', () => {
    const moved = new FakeSocket();
    const first = follow(moved, 1);
    moved.fire('thread.unavailable', { threadId: 'another', reason: 'MOVED' });
    expect(first.view.result.current.unavailable).toBeNull();
    moved.fire('thread.unavailable', { threadId: THREAD, reason: 'MOVED' });
    expect(first.view.result.current.unavailable).toBe('MOVED');
    moved.fire('connect');
    expect(moved.sentOf('thread.join')).toHaveLength(1);

    const refused = new FakeSocket();
    const second = follow(refused, 1);
    refused.joinAck = { ok: false, code: 'NOT_FOUND', message: 'That discussion could not be found.' };
    refused.fire('connect');
    expect(second.view.result.current.unavailable).toBe('ACCESS_CHANGED');
  });

  it('says the page is stale when too much was missed to catch up', () => {
    const socket = new FakeSocket();
    socket.joinAck = { ok: false, code: 'CATCH_UP_TOO_LARGE', message: 'Reload the page.' };
    const { view } = follow(socket, 1);
    expect(view.result.current.stale).toBe(true);
  });

  it('shows presence and who is typing in this thread, and leaves it on unmount', () => {
    const socket = new FakeSocket();
    const { view } = follow(socket, 0);
    socket.fire('presence.changed', { threadId: THREAD, count: 3 });
    socket.fire('typing', { threadId: THREAD, colleagueName: 'Asha Patel' });
    socket.fire('typing', { threadId: 'another', colleagueName: 'Someone else' });
    expect(view.result.current.presence).toBe(3);
    expect(view.result.current.typing).toEqual(['Asha Patel']);
    act(() => view.result.current.startTyping());
    act(() => view.result.current.startTyping());
    expect(socket.sent.filter(([event]) => event === 'typing.start')).toHaveLength(1);
    view.unmount();
    expect(socket.sent.at(-1)).toEqual(['thread.leave', { threadId: THREAD }]);
  });
});
