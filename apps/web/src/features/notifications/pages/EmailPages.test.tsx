import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { notificationSettingsQuery, updateNotificationSettingsMutation } from '../operations';

const settings = (emailDigest: boolean) => ({
  request: { query: notificationSettingsQuery },
  result: { data: { notificationSettings: { __typename: 'NotificationSettings', emailDigest } } },
});

describe('email choices', () => {
  beforeAll(async () => {
    await import('./EmailSettingsPage');
    await import('./UnsubscribePage');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('turns the daily digest off from the profile', async () => {
    const update = {
      request: { query: updateNotificationSettingsMutation, variables: { input: { emailDigest: false } } },
      result: { data: { updateNotificationSettings: { __typename: 'NotificationSettings', emailDigest: false } } },
    };
    const { router } = renderRoute('/profile/emails', { viewer: learnerFixture, mocks: [settings(true), update] });
    const yes = await screen.findByRole('radio', { name: 'Yes, email me once a day' });
    expect(yes).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'No, I will check in the service' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/profile'));
  });

  it('asks before unsubscribing from an emailed link, then unsubscribes with one click', async () => {
    const fetchMock = vi.fn(async () => Response.json({ unsubscribed: true }));
    vi.stubGlobal('fetch', fetchMock);
    renderRoute('/email-digest/unsubscribe?token=abc.def');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Stop daily emails about notifications' }),
    ).toBeVisible();
    expect(fetchMock).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You have unsubscribed' })).toBeVisible();
    expect(fetchMock).toHaveBeenCalledWith('/api/notifications/unsubscribe?token=abc.def', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
  });

  it('says when an unsubscribe link does not work', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 400 })),
    );
    renderRoute('/email-digest/unsubscribe?token=forged');
    await userEvent.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    expect(await screen.findByText(/This link did not work/)).toBeInTheDocument();
  });
});
