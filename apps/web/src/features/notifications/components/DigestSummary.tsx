import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { notificationSettingsQuery } from '../operations';
import { EMAIL_SETTINGS_HREF } from '../paths';

/** The profile's "Emails" section: whether the daily digest is on, and where to change it. */
export function DigestSummary() {
  const { data } = useQuery(notificationSettingsQuery);
  const on = data?.notificationSettings.emailDigest;
  return (
    <>
      <h2 className="govuk-heading-m">Emails</h2>
      <p className="govuk-body">
        {on === undefined
          ? 'Daily email of unread notifications.'
          : on
            ? 'You get a daily email when you have unread notifications.'
            : 'You do not get daily emails about notifications.'}{' '}
        <Link className="govuk-link" to={EMAIL_SETTINGS_HREF}>
          Change your email choices
        </Link>
      </p>
    </>
  );
}
