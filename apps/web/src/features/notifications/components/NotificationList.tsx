import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import { Button, Tag } from '../../../ui';
import { notificationPostHref } from '../paths';
import { notificationLead, type NotificationItem } from './notificationText';

export interface NotificationListProps {
  items: readonly NotificationItem[];
  /** Marks one read (from its button, or on following its link). */
  onMarkRead: (id: string) => void;
  /** The id of the heading that names the list. */
  labelledBy: string;
}

/**
 * Notifications newest first. Each says who did what where, links to the post (following
 * the link marks it read) and, while unread, carries a "New" tag and a "Mark as read" button
 * whose name says which notification it is for.
 */
export function NotificationList({ items, onMarkRead, labelledBy }: NotificationListProps) {
  return (
    <ul className="app-notifications" aria-labelledby={labelledBy}>
      {items.map((item) => {
        const unread = !item.readAt;
        const lead = notificationLead(item);
        return (
          <li key={item.id} className={`app-notifications__item${unread ? ' app-notifications__item--unread' : ''}`}>
            <p className="govuk-body govuk-!-margin-bottom-1">
              {unread ? (
                <>
                  <Tag colour="blue">New</Tag>{' '}
                </>
              ) : null}
              {lead}{' '}
              {item.thread ? (
                <Link
                  className="govuk-link"
                  to={notificationPostHref(item.thread.id, item.postSeq, item.lesson)}
                  onClick={unread ? () => onMarkRead(item.id) : undefined}
                >
                  {item.thread.title}
                </Link>
              ) : (
                'a discussion you can no longer see'
              )}
            </p>
            {item.kind === 'MODERATION' && item.reason ? (
              <p className="govuk-body govuk-!-margin-bottom-1">Reason: {item.reason}</p>
            ) : null}
            <p className="govuk-body-s govuk-!-margin-bottom-1">{formatDateTime(item.createdAt)}</p>
            {unread ? (
              <Button
                type="button"
                variant="secondary"
                className="govuk-!-margin-bottom-0"
                onClick={() => onMarkRead(item.id)}
              >
                Mark as read
                <span className="govuk-visually-hidden">
                  : {lead} {item.thread?.title ?? 'a discussion'}
                </span>
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
