import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSignedIn } from '../../../app/guards';
import { RequireEditor } from '../../authoring/components/RequireEditor';

function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const MythListPage = lazyPage(async () => (await import('./pages/MythListPage')).MythListPage);
const MythPage = lazyPage(async () => (await import('./pages/MythPage')).MythPage);
const NewMythPage = lazyPage(async () => (await import('./pages/MythEditorPage')).NewMythPage);
const EditMythPage = lazyPage(async () => (await import('./pages/MythEditorPage')).EditMythPage);
const ArchiveMythPage = lazyPage(async () => (await import('./pages/ArchiveMythPage')).ArchiveMythPage);
const MythQueuePage = lazyPage(async () => (await import('./pages/MythQueuePage')).MythQueuePage);
const ReportRumourPage = lazyPage(async () => (await import('./pages/ReportRumourPage')).ReportRumourPage);

/**
 * Myth-busters: reading is open to everyone (the API decides what each viewer sees);
 * reporting a rumour needs a signed-in person; writing and the queue need an editor.
 */
export const mythRoutes: RouteObject[] = [
  { path: 'library/myths', element: <MythListPage /> },
  { element: <RequireSignedIn />, children: [{ path: 'library/myths/report', element: <ReportRumourPage /> }] },
  {
    element: <RequireEditor />,
    children: [
      { path: 'library/myths/new', element: <NewMythPage /> },
      { path: 'library/myths/queue', element: <MythQueuePage /> },
      { path: 'library/myths/:id/edit', element: <EditMythPage /> },
      { path: 'library/myths/:id/archive', element: <ArchiveMythPage /> },
    ],
  },
  { path: 'library/myths/:slug', element: <MythPage /> },
];
