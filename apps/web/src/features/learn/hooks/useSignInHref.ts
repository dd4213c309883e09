import { useLocation } from 'react-router';

/** "Sign in" that brings the learner back to this page afterwards. */
export function useSignInHref(): string {
  const location = useLocation();
  return `/sign-in?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`;
}
