import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../lib/apollo';
import { followCategoryMutation, followThreadMutation } from '../operations';
import { FollowLevelForm } from './FollowLevelForm';

describe('FollowLevelForm', () => {
  it('saves the level chosen for a thread and says so politely', async () => {
    const mock = {
      request: { query: followThreadMutation, variables: { input: { threadId: 'thread-1', level: 'WATCH' } } },
      result: {
        data: { followThread: { __typename: 'DiscussionThread', id: 'thread-1', viewerFollowLevel: 'WATCH' } },
      },
    };
    render(
      <MockedProvider mocks={[mock]} cache={createCache()}>
        <FollowLevelForm subject="thread" id="thread-1" level="NORMAL" />
      </MockedProvider>,
    );
    expect(screen.getByText('Notifications: normal')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Notifications for this thread' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Normal' })).toBeChecked();
    expect(screen.getByText('Only when someone mentions you or quotes your post')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Watch' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save notification choice' }));
    expect(await screen.findByText('You are watching this thread.')).toBeInTheDocument();
    expect(screen.getByText('Notifications: watching')).toBeInTheDocument();
  });

  it('tells a forum’s watchers they will hear of new threads, and reports a failure', async () => {
    const mock = {
      request: { query: followCategoryMutation, variables: { input: { categoryId: 'category-1', level: 'MUTE' } } },
      error: new Error('offline'),
    };
    render(
      <MockedProvider mocks={[mock]} cache={createCache()}>
        <FollowLevelForm subject="category" id="category-1" level="WATCH" />
      </MockedProvider>,
    );
    expect(screen.getByText('Get a notification for every new thread')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Mute' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save notification choice' }));
    expect(await screen.findByText('Your choice could not be saved. Try again.')).toBeInTheDocument();
  });
});
