import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { SECTOR_LABELS } from '@common-ground/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDate, formatDateTime, formatTimeRange } from '../../../lib/dates';
import { mapApiError } from '../../../lib/errors';
import { BackLink, Button, ErrorSummary, NotificationBanner, Pagination, Table, Tag } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { APPLICATION_STATUS_TAGS, placesWords } from '../labels';
import { manageSessionQuery, runShortlistingMutation, shortlistPreviewQuery } from '../operations';
import { sessionHref } from '../paths';
import { registerHref } from '../attendance.paths';
import { CancelSessionButton } from '../components/CancelSessionButton';
import { editSessionHref } from '../manage/paths';

/**
 * A lead's view of a session: everyone who applied, with where they stand and why; and
 * shortlisting, which the lead can preview (nothing saved or sent) and then run before the
 * day it would run by itself. A cancelled session says so instead, with nothing left to run.
 */
export function ManageSessionPage() {
  const { id = '' } = useParams();
  const page = useCursorPage();
  const { data, loading, refetch } = useQuery(manageSessionQuery, {
    variables: { id, first: PAGE_SIZE, after: page.after },
  });
  const [loadPreview, preview] = useLazyQuery(shortlistPreviewQuery, { fetchPolicy: 'network-only' });
  const [run, running] = useMutation(runShortlistingMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [openedAt] = useState(() => Date.now());
  const session = data?.courseSession;
  if (loading && !data) return <LoadingPage />;
  if (!session || !session.viewerCan.manage) return <NotFoundPage />;
  const connection = data.sessionApplications;
  const applications = connection.edges.map((edge) => edge.node);
  const decisions = preview.data?.shortlistPreview ?? null;
  const cancelled = session.status === 'CANCELLED';
  // A session that has begun cannot be called off (the API says CONFLICT), so it is not offered.
  const started = new Date(session.startsAt).getTime() <= openedAt;

  const send = async () => {
    try {
      await run({ variables: { input: { sessionId: session.id } } });
      setSent(true);
      await refetch();
    } catch (error) {
      setProblem(mapApiError(error).general[0] ?? 'Shortlisting could not be run. Try again.');
    }
  };

  return (
    <Page
      title={`Manage ${session.course.title}, ${formatDate(session.startsAt)}`}
      heading={session.course.title}
      caption={`Manage session: ${formatDate(session.startsAt)}, ${formatTimeRange(session.startsAt, session.endsAt)}`}
      width="full"
      beforeHeading={
        <>
          <BackLink to={sessionHref(session.id)} text="Back to the session" />
          {problem ? <ErrorSummary errors={[{ text: problem }]} /> : null}
          {sent ? (
            <NotificationBanner type="success" heading="Places given out">
              Everyone who applied and their line managers have been emailed.
            </NotificationBanner>
          ) : null}
        </>
      }
    >
      <p className="govuk-body">
        {session.venue} ({session.locality}). {placesWords(session.placesLeft)} of {session.capacity}.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={editSessionHref(session.id)}>
          Change session details
        </Link>
      </p>
      {cancelled ? (
        <NotificationBanner heading="This session was cancelled">
          Everyone who applied, and their line managers, were emailed. Nobody is charged, and there is nothing to
          shortlist or mark.
        </NotificationBanner>
      ) : (
        <p className="govuk-body">
          <Link className="govuk-link" to={registerHref(session.id)}>
            Mark the attendance register
          </Link>
        </p>
      )}

      {cancelled ? null : session.shortlistedAt ? (
        <p className="govuk-body">Places were given out on {formatDate(session.shortlistedAt)}.</p>
      ) : (
        <section aria-labelledby="shortlisting-heading">
          <h2 className="govuk-heading-m" id="shortlisting-heading">
            Shortlisting
          </h2>
          <p className="govuk-body">
            Runs by itself on {formatDate(session.shortlistsOn)}. You can see the outcome now and send it early.
          </p>
          <Button variant="secondary" onClick={() => void loadPreview({ variables: { sessionId: session.id } })}>
            Preview the outcome
          </Button>
          {decisions ? (
            <>
              <Table
                caption={`If shortlisting ran now: ${decisions.filter((d) => d.outcome === 'CONFIRMED').length} places, ${decisions.filter((d) => d.outcome === 'WAITING').length} on the waiting list`}
                captionClassName="govuk-table__caption--s"
                rowKey={(d) => d.applicationId}
                rows={decisions}
                columns={[
                  { header: 'Applicant', rowHeader: true, cell: (d) => d.applicantName },
                  {
                    header: 'Organisation',
                    cell: (d) => `${d.organisationName} (${SECTOR_LABELS[d.sector]})`,
                  },
                  {
                    header: 'Outcome',
                    cell: (d) =>
                      d.outcome === 'CONFIRMED' ? (
                        <Tag colour="green">Place</Tag>
                      ) : (
                        <Tag colour="orange">{`Waiting list ${d.waitingPosition ?? ''}`}</Tag>
                      ),
                  },
                  { header: 'Why', cell: (d) => d.reason },
                ]}
              />
              <Button loading={running.loading} onClick={() => void send()}>
                Give out places and email everyone
              </Button>
            </>
          ) : null}
        </section>
      )}

      <Table
        caption={page.showing(applications.length, connection.totalCount, 'applications')}
        captionClassName="govuk-table__caption--m"
        rowKey={(a) => a.id}
        rows={applications}
        columns={[
          { header: 'Applicant', rowHeader: true, cell: (a) => a.applicantName },
          { header: 'Organisation', cell: (a) => `${a.organisationName} (${SECTOR_LABELS[a.sector]})` },
          { header: 'Works in', cell: (a) => a.locality ?? 'Not given' },
          {
            header: 'Status',
            cell: (a) => (
              <Tag colour={APPLICATION_STATUS_TAGS[a.status].colour}>
                {`${APPLICATION_STATUS_TAGS[a.status].text}${a.waitingPosition ? ` ${a.waitingPosition}` : ''}`}
              </Tag>
            ),
          },
          { header: 'Why', cell: (a) => <ApplicationReason application={a} /> },
        ]}
      />
      <Pagination
        previousHref={page.previousHref}
        nextHref={page.nextHref(connection.pageInfo)}
        landmarkLabel="Application pages"
      />
      {cancelled || started ? null : <CancelSessionButton sessionId={session.id} />}
    </Page>
  );
}

/** Why an applicant has their status; for an open offer, first when it lapses to the next person. */
function ApplicationReason({
  application,
}: {
  application: { status: string; reason?: string | null; offerExpiresAt?: string | null };
}) {
  if (application.status !== 'OFFERED' || !application.offerExpiresAt) return <>{application.reason ?? ''}</>;
  return (
    <>
      <strong>Offered until {formatDateTime(application.offerExpiresAt)}</strong>, then to the next person on the
      waiting list. {application.reason ?? ''}
    </>
  );
}
