import { ApolloProvider } from '@apollo/client/react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from '../lib/apollo';
import { recordApiResponse } from '../lib/sessionActivity';
import { learnerFixture } from '../test/renderRoute';
import { AuthContext, type AuthValue } from './AuthContext';
import { routes } from './routes';
import { INACTIVE_SIGN_OUT_MESSAGE, SESSION_LENGTH_MS, SESSION_WARNING_MS } from './sessionTimeout';

const UNTIL_WARNING = SESSION_LENGTH_MS - SESSION_WARNING_MS;

/** The API, answering the viewer query as a signed-in person. */
const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
  Response.json({ data: { viewer: { __typename: 'Person', ...learnerFixture } } }),
);

/** The real route tree and Apollo Client (so requests go through its fetch), signed in. */
function renderSignedIn(path: string) {
  const refresh = vi.fn(async () => undefined);
  const auth: AuthValue = { viewer: learnerFixture, loading: false, isAdmin: false, refresh };
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <ApolloProvider client={createApolloClient('http://localhost/graphql')}>
      <AuthContext.Provider value={auth}>
        <RouterProvider router={router} />
      </AuthContext.Provider>
    </ApolloProvider>,
  );
  return { router, refresh };
}

/** Moves the fake clock on, letting React and promises catch up. */
async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function warning() {
  return screen.queryByRole('dialog', { name: 'You’re about to be signed out' });
}

function viewerRequests() {
  return fetchMock.mock.calls.filter(
    ([, init]) => typeof init?.body === 'string' && init.body.includes('"operationName":"Viewer"'),
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  window.localStorage.clear();
  fetchMock.mockClear();
  vi.stubGlobal('fetch', fetchMock);
  recordApiResponse();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('SessionTimeoutWarning', () => {
  it('warns two minutes before the session ends and focuses the heading', async () => {
    renderSignedIn('/library');
    await wait(UNTIL_WARNING - 1000);
    expect(warning()).toBeNull();

    await wait(1000);
    const dialog = warning();
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog!).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(dialog).toHaveTextContent('we will sign you out in 2 minutes');
  });

  it('does not warn while the API keeps being used', async () => {
    renderSignedIn('/library');
    await wait(UNTIL_WARNING / 2);
    act(() => recordApiResponse());
    await wait(UNTIL_WARNING / 2 + 1000);
    expect(warning()).toBeNull();
    await wait(UNTIL_WARNING / 2);
    expect(warning()).toHaveAttribute('open');
  });

  it('"Stay signed in" asks the API who is signed in, which renews the session', async () => {
    const { router } = renderSignedIn('/library');
    await wait(UNTIL_WARNING);
    fireEvent.click(within(warning()!).getByRole('button', { name: 'Stay signed in' }));
    await wait(0);

    expect(viewerRequests()).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    // The session runs from the new request: no sign out when the old one would have ended.
    await wait(SESSION_WARNING_MS);
    expect(router.state.location.pathname).toBe('/library');
    expect(warning()).toBeNull();
    await wait(UNTIL_WARNING - SESSION_WARNING_MS);
    expect(warning()).toHaveAttribute('open');
  });

  it('treats Escape as "Stay signed in"', async () => {
    renderSignedIn('/library');
    await wait(UNTIL_WARNING);
    // Escape on a modal dialog fires `cancel`.
    const cancel = new Event('cancel', { cancelable: true });
    fireEvent(warning()!, cancel);
    await wait(0);

    expect(cancel.defaultPrevented).toBe(true);
    expect(viewerRequests()).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('signs out at the end of the session and offers to sign in again, then come back', async () => {
    const { router, refresh } = renderSignedIn('/library?tab=1');
    await wait(SESSION_LENGTH_MS);

    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/library?tab=1')}`);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText(INACTIVE_SIGN_OUT_MESSAGE)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(viewerRequests()).toHaveLength(0);
  });
});
