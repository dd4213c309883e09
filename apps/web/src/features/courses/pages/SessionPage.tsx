import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDate, formatDateTime, formatTimeRange } from '../../../lib/dates';
import { BackLink, InsetText, SummaryList } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { ApplyForm } from '../components/ApplyForm';
import { AfterTheSession } from '../components/AfterTheSession';
import { MyApplication } from '../components/MyApplication';
import { placesWords } from '../labels';
import { mySessionApplicationQuery, sessionPageQuery } from '../operations';
import { COURSES_PATH, manageSessionHref } from '../paths';

/**
 * A session: what the course covers, when and where, how places are given, the last day to
 * cancel free of charge, and the viewer's own application (apply, withdraw or cancel).
 */
export function SessionPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { viewer } = useAuth();
  const { data, loading } = useQuery(sessionPageQuery, { variables: { id } });
  const mine = useQuery(mySessionApplicationQuery, { variables: { sessionId: id }, skip: !viewer });
  const [formErrors, setFormErrors] = useState(false);
  const session = data?.courseSession;
  if (loading && !data) return <LoadingPage />;
  if (!session) return <NotFoundPage />;
  const application = mine.data?.myCourseApplication ?? null;
  const signInHref = `/sign-in?next=${encodeURIComponent(location.pathname)}`;

  return (
    <Page
      title={`${session.course.title}, ${formatDate(session.startsAt)}`}
      heading={session.course.title}
      caption="Courses"
      error={formErrors}
      beforeHeading={<BackLink to={COURSES_PATH} text="Back to the programme" />}
    >
      {session.course.description.split(/\n\s*\n/).map((paragraph) => (
        <p className="govuk-body" key={paragraph}>
          {paragraph}
        </p>
      ))}
      {session.course.outcomes.length ? (
        <>
          <h2 className="govuk-heading-s">By the end you will</h2>
          <ul className="govuk-list govuk-list--bullet">
            {session.course.outcomes.map((outcome) => (
              <li key={outcome}>{outcome}</li>
            ))}
          </ul>
        </>
      ) : null}
      <SummaryList
        rows={[
          { key: 'Date', value: formatDate(session.startsAt) },
          { key: 'Time', value: formatTimeRange(session.startsAt, session.endsAt) },
          { key: 'Venue', value: session.venue },
          { key: 'Locality', value: session.locality },
          { key: 'Trainer', value: session.trainer || 'To be confirmed' },
          { key: 'For', value: session.course.targetGroups.join(', ') || 'Staff from every organisation' },
          {
            key: 'Places',
            value: session.shortlistedAt
              ? `${placesWords(session.placesLeft)} (${session.capacity} in all)`
              : `${session.capacity}`,
          },
        ]}
      />
      {session.status === 'CANCELLED' ? (
        <InsetText>
          This session has been cancelled by the organisers. Everyone who applied has been told, and nobody is charged.
        </InsetText>
      ) : session.shortlistedAt ? (
        <InsetText>
          Places were given out on {formatDate(session.shortlistedAt)}. Any place left goes to whoever applies first.
        </InsetText>
      ) : (
        <InsetText>
          Places are given out on {formatDate(session.shortlistsOn)}, so that as many organisations and sectors as
          possible take part. Everyone who applied, and their line managers, hear the outcome by email.
        </InsetText>
      )}
      {session.course.requiresManagerApproval && session.status !== 'CANCELLED' ? (
        <p className="govuk-body">
          Applications for this course count once the applicant’s line manager approves them.
        </p>
      ) : null}
      {session.freeCancellationUntil ? (
        <p className="govuk-body">
          If you get a place and cannot come, cancel by <strong>{formatDateTime(session.freeCancellationUntil)}</strong>{' '}
          to avoid a charge.
        </p>
      ) : null}

      {application ? (
        <MyApplication
          application={application}
          freeCancellationUntil={session.freeCancellationUntil ?? null}
          startsAt={session.startsAt}
        />
      ) : null}
      {application?.status === 'CONFIRMED' ? <AfterTheSession sessionId={session.id} /> : null}
      {!viewer ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={signInHref}>
            Sign in to apply
          </Link>
        </p>
      ) : session.viewerCan.apply && !mine.loading ? (
        <ApplyForm
          sessionId={session.id}
          sessionLocality={session.locality}
          requiresManagerApproval={session.course.requiresManagerApproval}
          onErrors={setFormErrors}
        />
      ) : null}
      {session.viewerCan.manage ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={manageSessionHref(session.id)}>
            Manage this session: applicants and shortlisting
          </Link>
        </p>
      ) : null}
    </Page>
  );
}
