import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireEditor } from '../../authoring/components/RequireEditor';

function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const FaqListPage = lazyPage(async () => (await import('./pages/FaqListPage')).FaqListPage);
const FaqPage = lazyPage(async () => (await import('./pages/FaqPage')).FaqPage);
const NewFaqPage = lazyPage(async () => (await import('./pages/FaqEditorPage')).NewFaqPage);
const EditFaqPage = lazyPage(async () => (await import('./pages/FaqEditorPage')).EditFaqPage);
const ArchiveFaqPage = lazyPage(async () => (await import('./pages/ArchiveFaqPage')).ArchiveFaqPage);
const FaqManagePage = lazyPage(async () => (await import('./pages/FaqManagePage')).FaqManagePage);

/** FAQs: reading is open to everyone (the API decides what each viewer sees); writing needs an editor. */
export const faqRoutes: RouteObject[] = [
  { path: 'library/faqs', element: <FaqListPage /> },
  {
    element: <RequireEditor />,
    children: [
      { path: 'library/faqs/new', element: <NewFaqPage /> },
      { path: 'library/faqs/manage', element: <FaqManagePage /> },
      { path: 'library/faqs/:id/edit', element: <EditFaqPage /> },
      { path: 'library/faqs/:id/archive', element: <ArchiveFaqPage /> },
    ],
  },
  { path: 'library/faqs/:slug', element: <FaqPage /> },
];
