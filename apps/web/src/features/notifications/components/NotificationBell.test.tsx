import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo';
import { FakeLiveSocket } from '../../../lib/fakeLiveSocket';
import { LiveSocketContext } from '../../../lib/socket';
import { notificationCountQuery } from '../operations';
import { NotificationBell } from './NotificationBell';

const countMock = (unread: number) => ({
  request: { query: notificationCountQuery },
  result: { data: { notificationCount: { __typename: 'NotificationCount', unread } } },
});

function renderBell(unread: number | null) {
  const socket = new FakeLiveSocket();
  render(
    <MockedProvider mocks={unread === null ? [] : [countMock(unread)]} cache={createCache()}>
      <LiveSocketContext.Provider value={socket.getter}>
        <MemoryRouter>
          <NotificationBell />
        </MemoryRouter>
      </LiveSocketContext.Provider>
    </MockedProvider>,
  );
  return socket;
}

describe('NotificationBell', () => {
  it('shows the unread count in the link’s name and follows it live', async () => {
    const socket = renderBell(2);
    const link = await screen.findByRole('link', { name: /^Notifications\s*2 unread$/ });
    expect(link).toHaveAttribute('href', '/notifications');
    expect(screen.queryByText(/You have/)).toBeNull();

    socket.fire('notification.created', { id: 'n-3', unreadCount: 3 });
    expect(await screen.findByRole('link', { name: /^Notifications\s*3 unread$/ })).toBeInTheDocument();
    expect(screen.getByText('New notification. You have 3 unread notifications.')).toBeInTheDocument();

    socket.fire('notification.read', { unreadCount: 0 });
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('is a plain link, listening to nothing, when the count cannot be loaded', async () => {
    const socket = renderBell(null);
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    socket.fire('notification.created', { id: 'n-1', unreadCount: 5 });
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeInTheDocument();
  });
});
