import { Navigate, Outlet, useLocation } from 'react-router';
import { ForbiddenPage } from '../features/errors/pages/ForbiddenPage';
import { useAuth } from './AuthContext';
import { Page } from './Page';

/** Shown while we find out who is signed in. */
export function LoadingPage() {
  return (
    <Page title="Loading">
      <p className="govuk-body">Loading…</p>
    </Page>
  );
}

function SignInRedirect() {
  const location = useLocation();
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  return <Navigate to={`/sign-in?next=${next}`} replace />;
}

/** Routes that need a signed-in person send others to sign in, then back. */
export function RequireSignedIn() {
  const { viewer, loading } = useAuth();
  if (loading) return <LoadingPage />;
  if (!viewer) return <SignInRedirect />;
  return <Outlet />;
}

/**
 * Admin routes: signed-out people go to sign in; signed-in people without
 * the ADMIN role see a permission page. The API enforces this as well.
 */
export function RequireAdmin() {
  const { viewer, loading, isAdmin } = useAuth();
  if (loading) return <LoadingPage />;
  if (!viewer) return <SignInRedirect />;
  if (!isAdmin) return <ForbiddenPage />;
  return <Outlet />;
}
