import { Link } from 'react-router';
import { Page } from '../../../app/Page';

const AREAS = [
  {
    href: '/admin/organisations',
    text: 'Organisations',
    description: 'Add organisations in the partnership and the email domains their staff use.',
  },
  {
    href: '/admin/people',
    text: 'People',
    description: 'Find people, change their roles, and close or reopen accounts.',
  },
  {
    href: '/admin/invitations',
    text: 'Invitations',
    description: 'Invite someone to join, and cancel invitations that have not been used.',
  },
  {
    href: '/admin/outbox',
    text: 'Outbox',
    description: 'See the emails Common Ground has sent or is waiting to send.',
  },
  {
    href: '/framework/admin',
    text: 'Framework',
    description:
      'Keep the strands, workforce groups, competencies and learning resources, and see what is not mapped yet.',
  },
  {
    href: '/admin/jobs',
    text: 'Background jobs',
    description: 'See scheduled and recent background work, such as lessons due to publish, and anything that failed.',
  },
];

/** The administrators' starting point. */
export function AdminHomePage() {
  return (
    <Page title="Admin">
      <ul className="govuk-list">
        {AREAS.map((area) => (
          <li key={area.href} className="govuk-!-margin-bottom-4">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
              <Link className="govuk-link" to={area.href}>
                {area.text}
              </Link>
            </h2>
            <p className="govuk-body govuk-!-margin-bottom-0">{area.description}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
