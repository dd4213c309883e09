import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireEditor } from '../../authoring/components/RequireEditor';

function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const GlossaryPage = lazyPage(async () => (await import('./pages/GlossaryPage')).GlossaryPage);
const GlossaryTermPage = lazyPage(async () => (await import('./pages/GlossaryTermPage')).GlossaryTermPage);
const GlossaryCardPage = lazyPage(async () => (await import('./pages/GlossaryCardPage')).GlossaryCardPage);
const GlossaryTermFormPage = lazyPage(async () => (await import('./pages/GlossaryTermFormPage')).GlossaryTermFormPage);
const DeleteGlossaryTermPage = lazyPage(
  async () => (await import('./pages/DeleteGlossaryTermPage')).DeleteGlossaryTermPage,
);

/**
 * The glossary's pages: browsing, terms and language cards are open to everyone (the API
 * decides what each viewer sees); adding, changing and deleting terms need an editor.
 */
export const glossaryRoutes: RouteObject[] = [
  { path: 'library/glossary', element: <GlossaryPage /> },
  { path: 'library/glossary/card', element: <GlossaryCardPage /> },
  { path: 'library/glossary/terms/:slug', element: <GlossaryTermPage /> },
  {
    element: <RequireEditor />,
    children: [
      { path: 'library/glossary/new', element: <GlossaryTermFormPage /> },
      { path: 'library/glossary/terms/:slug/edit', element: <GlossaryTermFormPage /> },
      { path: 'library/glossary/terms/:slug/delete', element: <DeleteGlossaryTermPage /> },
    ],
  },
];
