import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireModerator } from '../moderate/components/RequireModerator';

function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const ProgrammePage = lazyPage(async () => (await import('./pages/ProgrammePage')).ProgrammePage);
const SessionPage = lazyPage(async () => (await import('./pages/SessionPage')).SessionPage);
const ManageSessionPage = lazyPage(async () => (await import('./pages/ManageSessionPage')).ManageSessionPage);

/**
 * The course programme's pages: the programme and sessions are open to everyone (applying
 * needs an account); managing a session needs a partnership lead (the API checks too).
 */
export const courseRoutes: RouteObject[] = [
  { path: 'courses', element: <ProgrammePage /> },
  { path: 'courses/sessions/:id', element: <SessionPage /> },
  {
    element: <RequireModerator />,
    children: [{ path: 'courses/sessions/:id/manage', element: <ManageSessionPage /> }],
  },
];
