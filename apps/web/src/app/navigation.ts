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
 * The service navigation for a path: the section the page is in is marked;
 * Write content only appears for editors and administrators, Moderation for
 * moderators and administrators, and Admin only for administrators (the API
 * still checks).
 */
export function navigationItems(
  pathname: string,
  isAdmin: boolean,
  canAuthor = isAdmin,
  canModerate = isAdmin,
): ServiceNavigationItem[] {
  const links = [
    ...SECTION_LINKS,
    ...(canAuthor ? [{ text: 'Write content', href: '/authoring' }] : []),
    ...(canModerate ? [{ text: 'Moderation', href: '/moderation' }] : []),
    ...(isAdmin ? [{ text: 'Admin', href: '/admin' }] : []),
  ];
  return links.map((link) => ({
    ...link,
    current: pathname === link.href,
    active: pathname !== link.href && pathname.startsWith(`${link.href}/`),
  }));
}
