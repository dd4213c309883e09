import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useAuth } from '../../../../app/AuthContext';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import { BackLink, ButtonLink, Tag } from '../../../../ui';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { LIBRARY_PATH } from '../../paths';
import { podcastShowsQuery } from '../operations';
import { NEW_SHOW_PATH, showHref } from '../paths';
import '../podcast.scss';

/** The podcast shows the reader may listen to, by title; editors start new shows here. */
export function PodcastShowsPage() {
  const { viewer } = useAuth();
  const editor = viewer?.roles.some((role) => role === 'EDITOR' || role === 'ADMIN') ?? false;
  const { data, loading, error } = useQuery(podcastShowsQuery, { variables: { first: 50 } });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return <SomethingWentWrong />;
  const shows = data?.podcastShows.edges.map((e) => e.node) ?? [];
  return (
    <Page title="Podcasts" caption="Library" beforeHeading={<BackLink to={LIBRARY_PATH} />}>
      <p className="govuk-body-l">
        Council workers and migrant workers talk about their work and lives, in their own words. Every episode has a
        transcript.
      </p>
      {editor ? <ButtonLink to={NEW_SHOW_PATH}>Start a show</ButtonLink> : null}
      {shows.length ? (
        <ul className="app-podcast-list">
          {shows.map((show) => (
            <li key={show.id}>
              <h2 className="govuk-heading-m">
                <Link className="govuk-link" to={showHref(show.slug)}>
                  {show.title}
                </Link>{' '}
                {show.audience === 'STAFF' ? <Tag colour="grey">Staff only</Tag> : null}
              </h2>
              <p className="govuk-body">{show.description}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">
          There are no shows yet. {editor ? 'Start one to add episodes.' : 'Come back soon.'}
        </p>
      )}
    </Page>
  );
}
