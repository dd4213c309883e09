import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireEditor } from '../../authoring/components/RequireEditor';
import { RequireSignedIn } from '../../../app/guards';

function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const PodcastShowsPage = lazyPage(async () => (await import('./pages/PodcastShowsPage')).PodcastShowsPage);
const PodcastShowPage = lazyPage(async () => (await import('./pages/PodcastShowPage')).PodcastShowPage);
const PodcastEpisodePage = lazyPage(async () => (await import('./pages/PodcastEpisodePage')).PodcastEpisodePage);
const PodcastShowFormPage = lazyPage(async () => (await import('./pages/PodcastShowFormPage')).PodcastShowFormPage);
const EditPodcastShowPage = lazyPage(async () => (await import('./pages/PodcastShowFormPage')).EditPodcastShowPage);
const PrivateFeedPage = lazyPage(async () => (await import('./pages/PrivateFeedPage')).PrivateFeedPage);
const NewPodcastEpisodePage = lazyPage(
  async () => (await import('./pages/PodcastEpisodeEditorPage')).NewPodcastEpisodePage,
);
const EditPodcastEpisodePage = lazyPage(
  async () => (await import('./pages/PodcastEpisodeEditorPage')).EditPodcastEpisodePage,
);

/**
 * The podcasts' pages: shows and episodes are open to everyone (the API decides what each
 * viewer hears); a private feed needs a signed-in person; starting shows and writing episodes
 * need an editor.
 */
export const podcastRoutes: RouteObject[] = [
  { path: 'library/podcasts', element: <PodcastShowsPage /> },
  { path: 'library/podcasts/episodes/:slug', element: <PodcastEpisodePage /> },
  { path: 'library/podcasts/:slug', element: <PodcastShowPage /> },
  {
    element: <RequireSignedIn />,
    children: [{ path: 'library/podcasts/:slug/private-feed', element: <PrivateFeedPage /> }],
  },
  {
    element: <RequireEditor />,
    children: [
      { path: 'library/podcasts/new', element: <PodcastShowFormPage /> },
      { path: 'library/podcasts/:slug/edit', element: <EditPodcastShowPage /> },
      { path: 'library/podcasts/:slug/episodes/new', element: <NewPodcastEpisodePage /> },
      { path: 'library/podcasts/episodes/:id/edit', element: <EditPodcastEpisodePage /> },
    ],
  },
];
