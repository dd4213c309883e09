import { useCallback, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { NotificationCreated } from '@common-ground/shared';
import { useNotificationCount } from '../hooks/useNotificationCount';
import { NOTIFICATIONS_HREF } from '../paths';
import '../notifications.scss';

/** "3 unread notifications", "1 unread notification". */
export function unreadText(count: number): string {
  return count === 1 ? '1 unread notification' : `${count} unread notifications`;
}

/**
 * The bell in the header: a link to the notifications page with the unread count, which
 * updates live. The count is part of the link's name ("Notifications 3 unread") and a
 * polite live region says when a new one arrives (not on every page load), without moving focus.
 */
export function NotificationBell() {
  const location = useLocation();
  const [announcement, setAnnouncement] = useState('');
  const onCreated = useCallback(
    (event: NotificationCreated) => setAnnouncement(`New notification. You have ${unreadText(event.unreadCount)}.`),
    [],
  );
  const unread = useNotificationCount(onCreated);
  const count = unread ?? 0;
  return (
    <>
      <Link
        className="app-header__link app-bell"
        to={NOTIFICATIONS_HREF}
        aria-current={location.pathname === NOTIFICATIONS_HREF ? 'page' : undefined}
      >
        Notifications
        {count > 0 ? (
          <>
            <span className="govuk-visually-hidden">{` ${count} unread`}</span>
            <span className="app-bell__count" aria-hidden="true">
              {count > 99 ? '99+' : count}
            </span>
          </>
        ) : null}
      </Link>
      <span className="govuk-visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
