import { Link } from 'react-router';
import { formatDate, formatTimeRange } from '../../../lib/dates';
import type { SessionCardFieldsFragment } from '../../../gql/graphql';
import { Tag } from '../../../ui';
import { placesWords } from '../labels';
import { sessionHref } from '../paths';

/** One session in the programme: course, date and time, where, and places left. */
export function SessionCard({ session }: { session: SessionCardFieldsFragment }) {
  return (
    <li className="app-session-card">
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2">
        <Link className="govuk-link" to={sessionHref(session.id)}>
          {session.course.title}
          <span className="govuk-visually-hidden">, {formatDate(session.startsAt)}</span>
        </Link>
      </h2>
      <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-2">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">When</dt>
          <dd className="govuk-summary-list__value">
            {formatDate(session.startsAt)}, {formatTimeRange(session.startsAt, session.endsAt)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Where</dt>
          <dd className="govuk-summary-list__value">
            {session.venue} ({session.locality})
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Places</dt>
          <dd className="govuk-summary-list__value">
            {session.shortlistedAt ? (
              <Tag colour={session.placesLeft === 0 ? 'grey' : 'green'}>{placesWords(session.placesLeft)}</Tag>
            ) : (
              <>
                <Tag colour="green">{`${session.capacity} places`}</Tag> given out six weeks before
              </>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
