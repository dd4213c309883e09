import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useRouteFocus } from './RouteFocus';

export const SERVICE_NAME = 'Common Ground';

/** "Sign in – Common Ground", prefixed "Error: " while a form shows errors. */
export function pageTitle(title: string, error = false): string {
  return `${error ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
}

/**
 * Sets the document title and, after an in-app navigation (not the first
 * load), moves focus to the page's h1 (or a success banner) and announces
 * the new page, as a full page load would for screen reader users.
 */
export function usePageTitle(title: string, options: { error?: boolean } = {}): void {
  const { error = false } = options;
  const location = useLocation();
  const routeFocus = useRouteFocus();

  useEffect(() => {
    document.title = pageTitle(title, error);
  }, [title, error]);

  useEffect(() => {
    if (!routeFocus || location.key === routeFocus.initialKey) return;
    if (routeFocus.isHandled(location.key)) return;
    const main = document.getElementById('main-content');
    const target =
      main?.querySelector<HTMLElement>('[data-autofocus]') ?? main?.querySelector<HTMLElement>('h1') ?? null;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    routeFocus.markHandled(location.key, target);
    routeFocus.announce(document.title);
    // Only a new location (or a replaced page element) should move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key, title]);
}
