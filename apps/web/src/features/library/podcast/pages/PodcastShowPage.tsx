import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import { formatDate } from '../../../../lib/dates';
import { apiErrorCode } from '../../../../lib/errors';
import { BackLink, ButtonLink, InsetText, Tag } from '../../../../ui';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { ContentStatusTag } from '../../components/ContentStatusTag';
import { podcastShowQuery } from '../operations';
import { editShowHref, episodeHref, newEpisodeHref, PODCASTS_PATH, privateFeedHref } from '../paths';
import { lengthLabel } from '../time';
import '../podcast.scss';

/**
 * A show: its description and artwork, its episodes newest first (editors also see drafts,
 * tagged), how to follow it in a podcast app (the public feed, or a private feed for a
 * staff-only show), and for editors a way to add an episode.
 */
export function PodcastShowPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(podcastShowQuery, { variables: { idOrSlug: slug } });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  const show = data?.podcastShow;
  if (!show) return <NotFoundPage />;
  const episodes = show.episodes.edges.map((e) => e.node);
  return (
    <Page title={show.title} caption="Podcasts" beforeHeading={<BackLink to={PODCASTS_PATH} />}>
      {show.artwork ? <img className="app-podcast-artwork" src={show.artwork.url} alt={show.artwork.alt} /> : null}
      <p className="govuk-body-l">{show.description}</p>
      {show.audience === 'STAFF' ? (
        <p className="govuk-body">
          <Tag colour="grey">Staff only</Tag>
        </p>
      ) : null}
      {show.viewerCan.edit ? (
        <>
          <ButtonLink to={newEpisodeHref(show.slug)}>Add an episode</ButtonLink>
          <p className="govuk-body">
            <Link className="govuk-link" to={editShowHref(show.slug)}>
              Change the show
            </Link>
          </p>
        </>
      ) : null}
      <h2 className="govuk-heading-m">Episodes</h2>
      {episodes.length ? (
        <ul className="app-podcast-list">
          {episodes.map((episode) => (
            <li key={episode.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={episodeHref(episode.slug)}>
                  {episode.title}
                </Link>{' '}
                {episode.status !== 'PUBLISHED' ? <ContentStatusTag status={episode.status} /> : null}
              </h3>
              <p className="govuk-body-s app-blog-byline">
                {[
                  episode.publishedAt ? formatDate(episode.publishedAt) : null,
                  lengthLabel(episode.audio?.durationSeconds),
                  episode.voices.map((v) => `${v.name} (${v.role})`).join(', '),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p className="govuk-body">{episode.summary}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">There are no episodes yet.</p>
      )}
      <h2 className="govuk-heading-m">Listen in your podcast app</h2>
      {show.feedUrl ? (
        <InsetText>
          <p className="govuk-body">Add this address to your podcast app to hear new episodes as they come out:</p>
          <p className="govuk-body app-podcast-feed-url">
            <a className="govuk-link" href={show.feedUrl}>
              {new URL(show.feedUrl, window.location.origin).toString()}
            </a>
          </p>
        </InsetText>
      ) : show.viewerCan.privateFeed ? (
        <p className="govuk-body">
          This show is for staff only.{' '}
          <Link className="govuk-link" to={privateFeedHref(show.slug)}>
            {show.privateFeed ? 'Manage your private feed' : 'Get your private feed address'}
          </Link>{' '}
          to listen in your own podcast app.
        </p>
      ) : (
        <p className="govuk-body">This show is for staff only. Sign in to listen.</p>
      )}
    </Page>
  );
}
