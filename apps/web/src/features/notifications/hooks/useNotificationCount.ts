import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import type { NotificationCreated, NotificationsRead } from '@common-ground/shared';
import { useLiveSocket } from '../../../lib/socket';
import { notificationCountQuery } from '../operations';

/**
 * The viewer's unread notification count, kept live: the server tells every tab of the
 * person over their own socket room when a notification arrives or they read some. The
 * socket is opened only once the count has loaded (so a signed-out page or a failed load
 * opens nothing). `onCreated` hears of each new notification (the list offers to show it).
 */
export function useNotificationCount(onCreated?: (event: NotificationCreated) => void): number | null {
  const client = useApolloClient();
  const getSocket = useLiveSocket();
  const { data } = useQuery(notificationCountQuery, { fetchPolicy: 'cache-and-network' });
  // Read defensively: an answer without the field (a partial or odd response) means "not known".
  const count: { unread: number } | undefined = data?.notificationCount;
  const unread = typeof count?.unread === 'number' ? count.unread : null;
  const loaded = unread !== null;

  useEffect(() => {
    if (!loaded) return;
    const socket = getSocket();
    const write = (unread: number) =>
      client.cache.updateQuery({ query: notificationCountQuery }, (previous) =>
        previous ? { ...previous, notificationCount: { ...previous.notificationCount, unread } } : previous,
      );
    const created = (event: NotificationCreated) => {
      write(event.unreadCount);
      onCreated?.(event);
    };
    const read = (event: NotificationsRead) => write(event.unreadCount);
    socket.on('notification.created', created);
    socket.on('notification.read', read);
    return () => {
      socket.off('notification.created', created);
      socket.off('notification.read', read);
    };
  }, [client, getSocket, loaded, onCreated]);

  return unread;
}
