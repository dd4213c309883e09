import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSignedIn } from '../../app/guards';
import { RequireModerator } from '../moderate/components/RequireModerator';

function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const ProgrammePage = lazyPage(async () => (await import('./pages/ProgrammePage')).ProgrammePage);
const SessionPage = lazyPage(async () => (await import('./pages/SessionPage')).SessionPage);
const ApprovalPage = lazyPage(async () => (await import('./pages/ApprovalPage')).ApprovalPage);
const ManageSessionPage = lazyPage(async () => (await import('./pages/ManageSessionPage')).ManageSessionPage);
const ManageCoursesPage = lazyPage(async () => (await import('./manage/ManageCoursesPage')).ManageCoursesPage);
const EditCoursePage = lazyPage(async () => (await import('./manage/EditCoursePage')).EditCoursePage);
const EditSessionPage = lazyPage(async () => (await import('./manage/EditSessionPage')).EditSessionPage);
const FinancePage = lazyPage(async () => (await import('./manage/FinancePage')).FinancePage);
const RegisterPage = lazyPage(async () => (await import('./pages/RegisterPage')).RegisterPage);
const EvaluationPage = lazyPage(async () => (await import('./pages/EvaluationPage')).EvaluationPage);

/**
 * The course programme's pages: the programme and sessions are open to everyone (applying
 * needs an account); managing a session needs a partnership lead (the API checks too).
 */
export const courseRoutes: RouteObject[] = [
  { path: 'courses', element: <ProgrammePage /> },
  { path: 'courses/sessions/:id', element: <SessionPage /> },
  { path: 'courses/approval', element: <ApprovalPage /> },
  {
    element: <RequireSignedIn />,
    children: [
      { path: 'courses/sessions/:id/register', element: <RegisterPage /> },
      { path: 'courses/sessions/:id/evaluation', element: <EvaluationPage /> },
    ],
  },
  {
    element: <RequireModerator />,
    children: [
      { path: 'courses/sessions/:id/manage', element: <ManageSessionPage /> },
      { path: 'courses/manage', element: <ManageCoursesPage /> },
      { path: 'courses/manage/new', element: <EditCoursePage /> },
      { path: 'courses/manage/:courseId', element: <EditCoursePage /> },
      { path: 'courses/manage/:courseId/sessions/new', element: <EditSessionPage /> },
      { path: 'courses/sessions/:id/edit', element: <EditSessionPage /> },
      { path: 'courses/finance', element: <FinancePage /> },
    ],
  },
];
