import { afterEach, describe, expect, it, vi } from 'vitest';
import { viewerQuery } from '../features/auth/operations';
import { createApolloClient } from './apollo';
import { getLastApiResponse, recordApiResponse } from './sessionActivity';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createApolloClient', () => {
  it('notes the time of every answer from the API, which renews the session', async () => {
    vi.useFakeTimers();
    recordApiResponse();
    const fetchMock = vi.fn(async () => Response.json({ data: { viewer: null } }));
    vi.stubGlobal('fetch', fetchMock);
    const before = getLastApiResponse();

    vi.advanceTimersByTime(60_000);
    await createApolloClient('http://localhost/graphql').query({ query: viewerQuery });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(getLastApiResponse()).toBe(before + 60_000);
  });
});
