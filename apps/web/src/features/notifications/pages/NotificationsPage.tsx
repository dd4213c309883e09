import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Page } from '../../../app/Page';
import { useRouteFocus } from '../../../app/RouteFocus';
import { Button, Pagination } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { NotificationList } from '../components/NotificationList';
import { unreadText } from '../components/NotificationBell';
import { useNotificationCount } from '../hooks/useNotificationCount';
import {
  markAllNotificationsReadMutation,
  markNotificationReadMutation,
  notificationCountQuery,
  notificationsQuery,
} from '../operations';
import '../notifications.scss';

/**
 * The viewer's notifications, newest first, a page at a time: mark one or all read, follow
 * one to its post. New ones arriving while the page is open are offered with a button
 * rather than pushed in under the reader.
 */
export function NotificationsPage() {
  const page = useCursorPage();
  const routeFocus = useRouteFocus();
  const [arrived, setArrived] = useState(0);
  const { data, loading, error, refetch } = useQuery(notificationsQuery, {
    variables: { first: PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  const onCreated = useCallback(() => setArrived((n) => n + 1), []);
  const liveUnread = useNotificationCount(onCreated);
  const refresh = { refetchQueries: [{ query: notificationCountQuery }] };
  const [markRead] = useMutation(markNotificationReadMutation, refresh);
  const [markAll, { loading: markingAll }] = useMutation(markAllNotificationsReadMutation);

  if (error && !data) return <SomethingWentWrong />;
  if (loading && !data) {
    return (
      <Page title="Notifications">
        <p className="govuk-body">Loading…</p>
      </Page>
    );
  }
  if (!data) return <SomethingWentWrong />;
  const connection = data.notifications;
  const items = connection.edges.map((edge) => edge.node);
  const unread = liveUnread ?? data.notificationCount.unread;

  const onMarkAll = async () => {
    await markAll();
    await refetch();
    routeFocus?.announce('All your notifications are marked as read.');
  };
  const onMarkRead = (id: string) => {
    void markRead({ variables: { input: { notificationId: id } } });
  };
  const showNew = async () => {
    setArrived(0);
    await refetch();
    routeFocus?.announce('Your newest notifications are shown.');
  };

  return (
    <Page title="Notifications">
      <p className="govuk-body">
        You hear here when someone replies in a thread you watch, mentions you, quotes or reacts to your post, starts a
        thread in a forum you watch, or when a moderator makes a decision about your post.
      </p>
      {arrived > 0 && page.after === undefined ? (
        <Button type="button" variant="secondary" onClick={() => void showNew()}>
          {arrived === 1 ? 'Show 1 new notification' : `Show ${arrived} new notifications`}
        </Button>
      ) : null}
      {items.length === 0 ? (
        <p className="govuk-body">
          You have no notifications yet. Watch a thread or a forum to hear of new posts in it.
        </p>
      ) : (
        <>
          <p className="govuk-body">{unread > 0 ? `You have ${unreadText(unread)}.` : 'You have read them all.'}</p>
          {unread > 0 ? (
            <Button
              type="button"
              variant="secondary"
              loading={markingAll}
              loadingText="Marking…"
              onClick={() => void onMarkAll()}
            >
              Mark all as read
            </Button>
          ) : null}
          <h2 className="govuk-heading-m" id="notifications-heading">
            {page.showing(items.length, connection.totalCount, 'notifications')}
          </h2>
          <NotificationList items={items} onMarkRead={onMarkRead} labelledBy="notifications-heading" />
          <Pagination
            previousHref={page.previousHref}
            nextHref={page.nextHref(connection.pageInfo)}
            landmarkLabel="Pages of notifications"
          />
        </>
      )}
    </Page>
  );
}
