import { describe, expect, it } from 'vitest';
import { startAfterSeq } from './firstUnread';

describe('startAfterSeq', () => {
  const thread = { viewerLastReadSeq: 3, lastSeq: 10 };

  it('starts after the last post read, when there is something unread', () => {
    expect(startAfterSeq(null, thread)).toBe(3);
    expect(startAfterSeq(null, { viewerLastReadSeq: 10, lastSeq: 10 })).toBeUndefined();
    expect(startAfterSeq(null, { viewerLastReadSeq: 0, lastSeq: 10 })).toBeUndefined();
  });

  it('starts at a linked post instead, within the thread', () => {
    expect(startAfterSeq('7', thread)).toBe(6);
    expect(startAfterSeq('1', thread)).toBeUndefined();
    expect(startAfterSeq('99', thread)).toBe(9);
    expect(startAfterSeq('nonsense', thread)).toBe(3);
  });
});
