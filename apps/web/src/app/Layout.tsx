import { Suspense } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { Footer, Header, PhaseBanner, ServiceNavigation, SkipLink } from '../ui';
import { NotificationBell } from '../features/notifications';
import { SearchForm } from '../features/search';
import { Announcer } from './Announcer';
import { LoadingPage } from './guards';
import { useAuth } from './AuthContext';
import { navigationItems } from './navigation';
import { SessionTimeoutWarning } from './SessionTimeoutWarning';
import { SignOutButton } from './SignOutButton';
import { SERVICE_NAME } from './usePageTitle';

const FOOTER_LINKS = [
  { text: 'Accessibility statement', href: '/accessibility' },
  { text: 'Privacy', href: '/privacy' },
  { text: 'Cookies', href: '/cookies' },
  { text: 'Contact', href: '/contact' },
];

function AccountLinks() {
  const { viewer, loading } = useAuth();
  const location = useLocation();
  if (loading) return null;
  const itemClass = 'app-header__account-item';
  if (viewer) {
    return (
      <>
        <li className={itemClass}>
          <NotificationBell />
        </li>
        <li className={itemClass}>
          <Link
            className="app-header__link"
            to="/profile"
            aria-current={location.pathname === '/profile' ? 'page' : undefined}
          >
            Your profile
          </Link>
        </li>
        <li className={itemClass}>
          <SignOutButton />
        </li>
      </>
    );
  }
  const here = `${location.pathname}${location.search}`;
  const next =
    location.pathname === '/' || location.pathname.startsWith('/sign-') ? '' : `?next=${encodeURIComponent(here)}`;
  return (
    <>
      <li className={itemClass}>
        <Link className="app-header__link" to={`/sign-in${next}`}>
          Sign in
        </Link>
      </li>
      <li className={itemClass}>
        <Link className="app-header__link" to="/sign-up">
          Create an account
        </Link>
      </li>
    </>
  );
}

/**
 * The page shell every route shares: skip link, header, service navigation,
 * phase banner, the main landmark and the footer.
 */
export function Layout() {
  const { viewer, isAdmin } = useAuth();
  const location = useLocation();
  return (
    <Announcer>
      <ScrollRestoration />
      <SkipLink />
      <header className="govuk-template__header">
        <Header
          serviceName={SERVICE_NAME}
          search={<SearchForm compact label="Search Common Ground" />}
          accountLinks={<AccountLinks />}
        />
        <ServiceNavigation
          items={navigationItems(
            location.pathname,
            isAdmin,
            isAdmin || viewer?.roles.includes('EDITOR') === true,
            isAdmin || viewer?.roles.includes('MODERATOR') === true,
          )}
        />
      </header>
      <div className="govuk-width-container">
        <PhaseBanner>
          This is a new service. Your{' '}
          <Link className="govuk-link" to="/contact">
            feedback
          </Link>{' '}
          will help us to improve it.{' '}
          <Link className="govuk-link" to="/contact">
            Get help
          </Link>
        </PhaseBanner>
        <main className="govuk-main-wrapper" id="main-content">
          {/* Admin, profile and information pages load on first use (see routes.tsx). */}
          <Suspense fallback={<LoadingPage />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer
          links={FOOTER_LINKS}
          meta={<>Common Ground is run by the partnership for staff of its member organisations.</>}
        />
      </footer>
      {viewer ? <SessionTimeoutWarning /> : null}
    </Announcer>
  );
}
