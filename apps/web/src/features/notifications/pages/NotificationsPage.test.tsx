import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import type { NotificationItem } from '../components/notificationText';
import {
  markAllNotificationsReadMutation,
  markNotificationReadMutation,
  notificationCountQuery,
  notificationsQuery,
} from '../operations';

const amara = { __typename: 'Colleague' as const, id: 'person-9', name: 'Amara Osei' };
const thread = { __typename: 'DiscussionThread' as const, id: 'thread-1', title: 'Booking interpreters' };

type Item = NotificationItem & { __typename: 'Notification' };

function notification(id: string, overrides: Partial<NotificationItem> = {}): Item {
  return {
    __typename: 'Notification' as const,
    id,
    kind: 'REPLY' as const,
    postSeq: 4,
    reaction: null,
    moderationAction: null,
    reason: null,
    createdAt: '2026-06-16T08:30:00.000Z',
    readAt: null,
    actor: amara,
    thread,
    lesson: null,
    ...overrides,
  };
}

function page(nodes: Item[], unread: number) {
  return {
    notificationCount: { __typename: 'NotificationCount' as const, unread },
    notifications: {
      __typename: 'NotificationConnection' as const,
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      edges: nodes.map((node) => ({ __typename: 'NotificationEdge' as const, cursor: `c-${node.id}`, node })),
    },
  };
}

const listMock = (nodes: Item[], unread: number) => ({
  request: { query: notificationsQuery, variables: { first: 20 } },
  result: { data: page(nodes, unread) },
});
const countMock = (unread: number) => ({
  request: { query: notificationCountQuery },
  result: { data: { notificationCount: { __typename: 'NotificationCount', unread } } },
  maxUsageCount: 5,
});

describe('NotificationsPage', () => {
  beforeAll(async () => {
    await import('./NotificationsPage');
  });

  it('lists notifications in plain words with links to their posts, and marks one read', async () => {
    const items = [
      notification('n-1', { kind: 'MENTION' }),
      notification('n-2', { kind: 'REACTION', reaction: 'HELPFUL', actor: null }),
      notification('n-3', {
        kind: 'MODERATION',
        actor: null,
        moderationAction: 'HIDE_POST',
        reason: 'It named a resident.',
        readAt: '2026-06-16T09:00:00.000Z',
      }),
    ];
    const markOne = {
      request: { query: markNotificationReadMutation, variables: { input: { notificationId: 'n-1' } } },
      result: {
        data: {
          markNotificationRead: { __typename: 'Notification', id: 'n-1', readAt: '2026-06-16T10:00:00.000Z' },
        },
      },
    };
    renderRoute('/notifications', {
      viewer: learnerFixture,
      mocks: [listMock(items, 2), countMock(2), markOne, countMock(1)],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    const list = await screen.findByRole('list', { name: 'Showing 1 to 3 of 3 notifications' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('New Amara Osei mentioned you in Booking interpreters');
    expect(within(rows[0]).getByRole('link', { name: 'Booking interpreters' })).toHaveAttribute(
      'href',
      '/discuss/threads/thread-1?seq=4',
    );
    expect(rows[1]).toHaveTextContent('A colleague reacted “helpful” to your post in Booking interpreters');
    expect(rows[2]).toHaveTextContent('A moderator hid your post in Booking interpreters');
    expect(rows[2]).toHaveTextContent('Reason: It named a resident.');
    expect(within(rows[2]).queryByRole('button')).toBeNull();
    expect(screen.getByText('You have 2 unread notifications.')).toBeInTheDocument();

    await userEvent.click(
      within(rows[0]).getByRole('button', { name: 'Mark as read: Amara Osei mentioned you in Booking interpreters' }),
    );
    await waitFor(() => expect(within(rows[0]).queryByRole('button')).toBeNull());
    expect(within(rows[0]).queryByText('New')).toBeNull();
  });

  it('links a post in a lesson’s discussion to the lesson page, beside the lesson, at the post', async () => {
    const lessonThread = { ...thread, id: 'thread-2', title: 'Spotting a scam call' };
    const lesson = { __typename: 'NotificationLesson' as const, id: 'lesson-3', moduleSlug: 'safe-at-the-door' };
    renderRoute('/notifications', {
      viewer: learnerFixture,
      mocks: [listMock([notification('n-1', { thread: lessonThread, lesson, postSeq: 7 })], 1), countMock(1)],
    });
    expect(await screen.findByRole('link', { name: 'Spotting a scam call' })).toHaveAttribute(
      'href',
      '/learn/safe-at-the-door/lessons/lesson-3?seq=7#discussion-heading',
    );
  });

  it('marks all read', async () => {
    const items = [notification('n-1'), notification('n-2')];
    const markAll = {
      request: { query: markAllNotificationsReadMutation },
      result: { data: { markAllNotificationsRead: { __typename: 'NotificationCount', unread: 0 } } },
    };
    const read = items.map((item) => ({ ...item, readAt: '2026-06-16T10:00:00.000Z' }));
    renderRoute('/notifications', {
      viewer: learnerFixture,
      mocks: [listMock(items, 2), countMock(2), markAll, listMock(read, 0)],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByText('You have read them all.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Mark as read/ })).toBeNull();
  });

  it('says what to do when there is nothing yet', async () => {
    renderRoute('/notifications', { viewer: learnerFixture, mocks: [listMock([], 0), countMock(0)] });
    expect(
      await screen.findByText('You have no notifications yet. Watch a thread or a forum to hear of new posts in it.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });
});
