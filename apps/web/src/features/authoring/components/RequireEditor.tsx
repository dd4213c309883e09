import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { LoadingPage } from '../../../app/guards';
import { ForbiddenPage } from '../../errors/pages/ForbiddenPage';

/** True for people who may write learning content: editors and administrators. */
export function canAuthor(roles: readonly string[] | undefined): boolean {
  return roles?.includes('EDITOR') === true || roles?.includes('ADMIN') === true;
}

/**
 * Authoring routes: signed-out people go to sign in, then back; signed-in
 * people who are neither editors nor administrators see a permission page.
 * The API enforces the same rule.
 */
export function RequireEditor() {
  const { viewer, loading } = useAuth();
  const location = useLocation();
  if (loading) return <LoadingPage />;
  if (!viewer) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (!canAuthor(viewer.roles)) return <ForbiddenPage />;
  return <Outlet />;
}
