import type { ServiceNavigationItem } from '../ui';

export const SECTION_LINKS: ReadonlyArray<{ text: string; href: string }> = [
  { text: 'Learn', href: '/learn' },
  { text: 'Discuss', href: '/discuss' },
  { text: 'Library', href: '/library' },
  { text: 'Framework', href: '/framework' },
  { text: 'Courses', href: '/courses' },
  { text: 'Messages', href: '/messages' },
  { text: 'Dashboard', href: '/dashboard' },
];

/**
 * The service navigation for a path: the section the page is in is marked,
 * and Admin only appears for administrators (the API still checks).
 */
export function navigationItems(pathname: string, isAdmin: boolean): ServiceNavigationItem[] {
  const links = isAdmin ? [...SECTION_LINKS, { text: 'Admin', href: '/admin' }] : SECTION_LINKS;
  return links.map((link) => ({
    ...link,
    current: pathname === link.href,
    active: pathname !== link.href && pathname.startsWith(`${link.href}/`),
  }));
}
