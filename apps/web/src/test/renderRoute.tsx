import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AuthContext, type AuthValue, type Viewer } from '../app/AuthContext';
import { createCache } from '../lib/apollo';
import { routes } from '../app/routes';

export const learnerFixture: Viewer = {
  id: 'person-1',
  name: 'Sam Okafor',
  email: 'sam.okafor@example.gov.uk',
  roles: ['LEARNER'],
  jobTitle: 'Customer service adviser',
  workforceGroup: 'GENERAL_CONTACT',
  preferredLanguage: 'en',
  lineManagerEmail: null,
  emailVerified: true,
  organisation: { id: 'org-1', name: 'Riverside Council' },
};

export const adminFixture: Viewer = {
  ...learnerFixture,
  id: 'person-2',
  name: 'Priya Shah',
  roles: ['LEARNER', 'ADMIN'],
};

export interface RenderRouteOptions {
  viewer?: Viewer | null;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  refresh?: () => Promise<void>;
}

/**
 * Mounts the real route tree at a path with a mocked Apollo provider and a
 * fixed viewer, so pages are tested the way they are used.
 */
export function renderRoute(
  path: string,
  { viewer = null, mocks = [], refresh = async () => undefined }: RenderRouteOptions = {},
) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const auth: AuthValue = { viewer, loading: false, isAdmin: viewer?.roles.includes('ADMIN') ?? false, refresh };
  const result = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <AuthContext.Provider value={auth}>
        <RouterProvider router={router} />
      </AuthContext.Provider>
    </MockedProvider>,
  );
  return { ...result, router };
}
