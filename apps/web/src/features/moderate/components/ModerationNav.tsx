import { Link, useLocation } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import {
  AUDIT_HREF,
  CATEGORY_MODERATORS_HREF,
  MODERATION_HREF,
  SETTINGS_HREF,
  SUSPENSIONS_HREF,
  WATCHED_WORDS_HREF,
} from '../paths';

/** The moderation section's own navigation; settings and category moderators only for admins. */
export function ModerationNav() {
  const { isAdmin } = useAuth();
  const { pathname } = useLocation();
  const links = [
    { href: MODERATION_HREF, text: 'Queue' },
    { href: AUDIT_HREF, text: 'Audit log' },
    { href: WATCHED_WORDS_HREF, text: 'Watched words' },
    { href: SUSPENSIONS_HREF, text: 'Suspensions' },
    ...(isAdmin
      ? [
          { href: CATEGORY_MODERATORS_HREF, text: 'Category moderators' },
          { href: SETTINGS_HREF, text: 'Settings' },
        ]
      : []),
  ];
  return (
    <nav className="app-moderation-nav" aria-label="Moderation">
      <ul className="govuk-list app-moderation-nav__list">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              className="govuk-link govuk-link--no-visited-state"
              to={link.href}
              aria-current={pathname === link.href ? 'page' : undefined}
            >
              {link.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
