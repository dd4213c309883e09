import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAdmin, RequireSignedIn } from '../../app/guards';

function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const FrameworkPage = lazyPage(async () => (await import('./pages/FrameworkPage')).FrameworkPage);
const NeedsPage = lazyPage(async () => (await import('./pages/NeedsPage')).NeedsPage);
const PlanPage = lazyPage(async () => (await import('./pages/PlanPage')).PlanPage);
const MarkDonePage = lazyPage(async () => (await import('./pages/MarkDonePage')).MarkDonePage);
const TeamPage = lazyPage(async () => (await import('./pages/TeamPage')).TeamPage);
const FrameworkAdminPage = lazyPage(async () => (await import('./admin/FrameworkAdminPage')).FrameworkAdminPage);
const StrandFormPage = lazyPage(async () => (await import('./admin/StrandFormPage')).StrandFormPage);
const GroupFormPage = lazyPage(async () => (await import('./admin/GroupFormPage')).GroupFormPage);
const CompetenciesPage = lazyPage(async () => (await import('./admin/CompetenciesPage')).CompetenciesPage);
const CompetencyFormPage = lazyPage(async () => (await import('./admin/CompetencyFormPage')).CompetencyFormPage);
const ResourcesPage = lazyPage(async () => (await import('./admin/ResourcesPage')).ResourcesPage);
const ResourceFormPage = lazyPage(async () => (await import('./admin/ResourceFormPage')).ResourceFormPage);
const DeleteItemPage = lazyPage(async () => (await import('./admin/DeleteItemPage')).DeleteItemPage);

/**
 * The framework's pages: the tool and a plan are open to everyone (signed out: the public
 * group, answers kept in the browser); marking resources done and the team view need an
 * account; keeping the framework needs an admin (the API checks each again).
 */
export const frameworkRoutes: RouteObject[] = [
  { path: 'framework', element: <FrameworkPage /> },
  { path: 'framework/needs', element: <NeedsPage /> },
  { path: 'framework/plan', element: <PlanPage /> },
  {
    element: <RequireSignedIn />,
    children: [
      { path: 'framework/plan/resources/:resourceId/done', element: <MarkDonePage /> },
      { path: 'framework/team', element: <TeamPage /> },
      { path: 'framework/team/:personId', element: <PlanPage /> },
    ],
  },
  {
    path: 'framework/admin',
    element: <RequireAdmin />,
    children: [
      { index: true, element: <FrameworkAdminPage /> },
      { path: 'strands/new', element: <StrandFormPage /> },
      { path: 'strands/:id/edit', element: <StrandFormPage /> },
      { path: 'strands/:id/delete', element: <DeleteItemPage kind="strands" /> },
      { path: 'groups/new', element: <GroupFormPage /> },
      { path: 'groups/:id/edit', element: <GroupFormPage /> },
      { path: 'groups/:id/delete', element: <DeleteItemPage kind="groups" /> },
      { path: 'competencies', element: <CompetenciesPage /> },
      { path: 'gaps', element: <CompetenciesPage gaps /> },
      { path: 'competencies/new', element: <CompetencyFormPage /> },
      { path: 'competencies/:id/edit', element: <CompetencyFormPage /> },
      { path: 'competencies/:id/delete', element: <DeleteItemPage kind="competencies" /> },
      { path: 'resources', element: <ResourcesPage /> },
      { path: 'resources/new', element: <ResourceFormPage /> },
      { path: 'resources/:id/edit', element: <ResourceFormPage /> },
      { path: 'resources/:id/delete', element: <DeleteItemPage kind="resources" /> },
    ],
  },
];
