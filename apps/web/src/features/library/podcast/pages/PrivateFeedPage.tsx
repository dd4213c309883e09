import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import { formatDateTime } from '../../../../lib/dates';
import { apiErrorCode, mapApiError } from '../../../../lib/errors';
import { BackLink, Button, ButtonGroup, ErrorSummary, NotificationBanner, WarningText } from '../../../../ui';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { createPrivatePodcastFeedMutation, podcastShowQuery, revokePrivatePodcastFeedMutation } from '../operations';
import { showHref } from '../paths';
import '../podcast.scss';

/**
 * A member of staff's private feed of a staff-only show. The address holds a secret that is
 * kept only as a hash, so it is shown once, when it is made, with a button to copy it; after
 * that the page offers a new address (which stops the old one) or turning it off.
 */
export function PrivateFeedPage() {
  const { slug = '' } = useParams();
  const refetch = [{ query: podcastShowQuery, variables: { idOrSlug: slug } }];
  const { data, loading, error } = useQuery(podcastShowQuery, { variables: { idOrSlug: slug } });
  const [create, createState] = useMutation(createPrivatePodcastFeedMutation, { refetchQueries: refetch });
  const [revoke, revokeState] = useMutation(revokePrivatePodcastFeedMutation, { refetchQueries: refetch });
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  const show = data?.podcastShow;
  if (!show || !show.viewerCan.privateFeed) return <NotFoundPage />;

  const makeNew = async () => {
    try {
      setProblem(null);
      const result = await create({ variables: { input: { showId: show.id } } });
      setUrl(result.data?.createPrivatePodcastFeed.url ?? null);
      setNotice('');
      setCopied('');
    } catch (caught) {
      setProblem(mapApiError(caught).general[0] ?? 'The address could not be made. Try again.');
    }
  };
  const turnOff = async () => {
    try {
      setProblem(null);
      await revoke({ variables: { input: { showId: show.id } } });
      setUrl(null);
      setNotice('Your private feed has been turned off. Podcast apps using it will stop getting episodes.');
    } catch (caught) {
      setProblem(mapApiError(caught).general[0] ?? 'The feed could not be turned off. Try again.');
    }
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Address copied.');
    } catch {
      setCopied('Your browser did not allow copying. Select the address and copy it yourself.');
    }
  };

  return (
    <Page
      title={`Your private feed of ${show.title}`}
      caption="Podcasts"
      beforeHeading={
        <>
          <BackLink to={showHref(show.slug)} />
          {problem ? <ErrorSummary errors={[{ text: problem }]} /> : null}
          {notice ? (
            <NotificationBanner type="success" title="Done">
              {notice}
            </NotificationBanner>
          ) : null}
        </>
      }
    >
      <p className="govuk-body">
        This show is for staff only. A private feed lets you listen in your own podcast app: paste its address into the
        app&apos;s “add by URL” or “follow a show by address” option.
      </p>
      <WarningText>Keep the address to yourself: anyone who has it can listen.</WarningText>
      {url ? (
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="private-feed-url">
            Your private feed address
          </label>
          <div className="govuk-hint" id="private-feed-url-hint">
            It is shown only now. If you lose it, make a new one.
          </div>
          <input
            id="private-feed-url"
            className="govuk-input app-podcast-feed-url"
            readOnly
            value={url}
            aria-describedby="private-feed-url-hint"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button variant="secondary" onClick={() => void copy()}>
            Copy the address
          </Button>
          <p className="govuk-body" role="status">
            {copied}
          </p>
        </div>
      ) : show.privateFeed ? (
        <p className="govuk-body">
          You made a private feed on {formatDateTime(show.privateFeed.createdAt)}. Its address is not shown again.
        </p>
      ) : (
        <p className="govuk-body">You do not have a private feed of this show yet.</p>
      )}
      <ButtonGroup>
        <Button loading={createState.loading} onClick={() => void makeNew()}>
          {show.privateFeed || url ? 'Make a new address (stops the old one)' : 'Make my private feed address'}
        </Button>
        {show.privateFeed || url ? (
          <Button variant="warning" loading={revokeState.loading} onClick={() => void turnOff()}>
            Turn off my private feed
          </Button>
        ) : null}
      </ButtonGroup>
    </Page>
  );
}
