import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDate } from '../../../lib/dates';
import { languageName, ROLE_LABELS, WORKFORCE_GROUP_LABELS } from '../../../lib/labels';
import { SummaryList } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { DigestSummary } from '../../notifications';
import { profileQuery } from '../operations';

/** A person's own details, with a Change link for each one they may edit. */
export function ProfilePage() {
  const { data, loading, error } = useQuery(profileQuery);
  const viewer = data?.viewer;
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return <SomethingWentWrong />;
  if (!viewer) return <SomethingWentWrong />;
  const canEdit = viewer.viewerCan.editProfile;
  const change = (what: string) =>
    canEdit ? { href: '/profile/edit', text: 'Change', visuallyHiddenText: what } : undefined;

  return (
    <Page title="Your profile">
      <SummaryList
        rows={[
          { key: 'Name', value: viewer.name, action: change('name') },
          { key: 'Email address', value: viewer.email ?? 'Not shown' },
          { key: 'Organisation', value: viewer.organisation.name },
          { key: 'Job title', value: viewer.jobTitle, action: change('job title') },
          {
            key: 'Contact with the public',
            value: WORKFORCE_GROUP_LABELS[viewer.workforceGroup],
            action: change('contact with the public'),
          },
          {
            key: 'Preferred language',
            value: languageName(viewer.preferredLanguage),
            action: change('preferred language'),
          },
          {
            key: 'Line manager’s email',
            value: viewer.lineManagerEmail ?? 'Not given',
            action: change('line manager’s email'),
          },
          { key: 'Roles', value: viewer.roles.map((role) => ROLE_LABELS[role]).join(', ') },
          { key: 'Account created', value: formatDate(viewer.createdAt) },
        ]}
      />
      <DigestSummary />
      <h2 className="govuk-heading-m">Security</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to="/profile/change-password">
            Change your password
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/profile/sign-out-everywhere">
            Sign out of every device
          </Link>
        </li>
      </ul>
    </Page>
  );
}
