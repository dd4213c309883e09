import { Link, useLocation } from 'react-router';

const LINKS = [
  { text: 'Organisations', href: '/admin/organisations' },
  { text: 'People', href: '/admin/people' },
  { text: 'Invitations', href: '/admin/invitations' },
  { text: 'Outbox', href: '/admin/outbox' },
  { text: 'Background jobs', href: '/admin/jobs' },
];

/** The admin area's own links, shown on each admin list page. */
export function AdminNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Admin" className="govuk-!-margin-bottom-6">
      <ul className="govuk-list app-inline-list">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              className="govuk-link govuk-link--no-visited-state"
              to={link.href}
              aria-current={pathname === link.href ? 'page' : undefined}
            >
              {pathname === link.href ? <strong>{link.text}</strong> : link.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
