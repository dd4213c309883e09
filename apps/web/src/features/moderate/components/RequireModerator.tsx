import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { LoadingPage } from '../../../app/guards';
import { ForbiddenPage } from '../../errors/pages/ForbiddenPage';

/** True for people who moderate: moderators and administrators. */
export function canModerate(roles: readonly string[] | undefined): boolean {
  return roles?.includes('MODERATOR') === true || roles?.includes('ADMIN') === true;
}

/**
 * Moderation routes: signed-out people go to sign in, then back; signed-in people who are
 * neither moderators nor administrators see a permission page. The API enforces the same
 * rule, and narrows it further to the categories a moderator looks after.
 */
export function RequireModerator() {
  const { viewer, loading } = useAuth();
  const location = useLocation();
  if (loading) return <LoadingPage />;
  if (!viewer) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (!canModerate(viewer.roles)) return <ForbiddenPage />;
  return <Outlet />;
}
