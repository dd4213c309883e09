import { useQuery } from '@apollo/client/react';
import { parseWebVtt } from '@common-ground/shared';
import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useAuth } from '../../../../app/AuthContext';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import { formatDate, formatDateTime } from '../../../../lib/dates';
import { apiErrorCode } from '../../../../lib/errors';
import { BackLink, InsetText, Tag } from '../../../../ui';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { BlogComments } from '../../components/BlogComments';
import { ContentStatusTag } from '../../components/ContentStatusTag';
import { PodcastPlayer } from '../components/PodcastPlayer';
import { podcastEpisodeQuery } from '../operations';
import { editEpisodeHref, showHref } from '../paths';
import { lengthLabel } from '../time';
import '../podcast.scss';

/**
 * One episode: the player with its chapters and transcript beside it, the show notes, who is
 * heard in it, a download link, and once published its comments (a discussion thread, as blog
 * posts have). Editors see where it stands in the workflow and a link to change it.
 */
export function PodcastEpisodePage() {
  const { slug = '' } = useParams();
  const { viewer } = useAuth();
  const location = useLocation();
  const { data, loading, error } = useQuery(podcastEpisodeQuery, { variables: { idOrSlug: slug } });
  const vtt = data?.podcastEpisode?.transcriptVtt ?? '';
  const transcript = useMemo(() => {
    const parsed = vtt ? parseWebVtt(vtt) : null;
    return parsed && 'cues' in parsed ? parsed.cues : [];
  }, [vtt]);
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  const episode = data?.podcastEpisode;
  if (!episode) return <NotFoundPage />;
  return (
    <Page
      title={episode.title}
      caption={episode.show.title}
      width="full"
      beforeHeading={<BackLink to={showHref(episode.show.slug)} />}
    >
      {episode.status !== 'PUBLISHED' ? (
        <InsetText>
          <p className="govuk-body">
            <ContentStatusTag status={episode.status} />{' '}
            {episode.publishAt
              ? `Scheduled to be published on ${formatDateTime(episode.publishAt)}.`
              : 'Only editors can see it until it is published.'}
          </p>
        </InsetText>
      ) : null}
      <p className="govuk-body app-blog-byline">
        {[
          episode.publishedAt ? `Published ${formatDate(episode.publishedAt)}` : null,
          lengthLabel(episode.audio?.durationSeconds),
        ]
          .filter(Boolean)
          .join(' · ')}
        {episode.explicit ? (
          <>
            {' '}
            <Tag colour="orange">Explicit</Tag>
          </>
        ) : null}
        {episode.audience === 'STAFF' ? (
          <>
            {' '}
            <Tag colour="grey">Staff only</Tag>
          </>
        ) : null}
      </p>
      {episode.viewerCan.edit || episode.viewerCan.publish ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={editEpisodeHref(episode.id)}>
            Edit this episode
          </Link>
        </p>
      ) : null}
      {episode.audio ? (
        <PodcastPlayer
          title={episode.title}
          src={episode.audio.url}
          durationSeconds={episode.audio.durationSeconds ?? null}
          chapters={episode.chapters}
          transcript={transcript}
          transcriptUrl={episode.transcriptUrl}
        />
      ) : (
        <p className="govuk-body">The recording is not available.</p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {episode.voices.length ? (
            <>
              <h2 className="govuk-heading-m">Who you will hear</h2>
              <ul className="govuk-list govuk-list--bullet">
                {episode.voices.map((voice) => (
                  <li key={`${voice.name}-${voice.role}`}>
                    {voice.name}, {voice.role}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2 className="govuk-heading-m">Show notes</h2>
          <div className="govuk-body" dangerouslySetInnerHTML={{ __html: episode.notesHtml }} />
          {episode.audio ? (
            <p className="govuk-body">
              <a className="govuk-link" href={episode.audio.url} download>
                Download the recording ({Math.round(episode.audio.size / 1024)} KB)
              </a>
            </p>
          ) : null}
          {episode.status === 'PUBLISHED' ? (
            <BlogComments
              postId={episode.id}
              signedIn={!!viewer}
              signInHref={`/sign-in?next=${encodeURIComponent(location.pathname)}`}
            />
          ) : null}
        </div>
      </div>
    </Page>
  );
}
