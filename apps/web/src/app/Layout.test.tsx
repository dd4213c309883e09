import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminFixture, learnerFixture, renderRoute } from '../test/renderRoute';

describe('the page shell', () => {
  it('has a skip link, the header, service navigation, main and footer', async () => {
    renderRoute('/accessibility');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accessibility statement for Common Ground' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('link', { name: 'Common Ground' })).toHaveAttribute('href', '/');
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    for (const name of ['Learn', 'Discuss', 'Library', 'Framework', 'Courses', 'Messages', 'Dashboard']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(nav).queryByRole('link', { name: 'Admin' })).toBeNull();
    const account = screen.getByRole('navigation', { name: 'Account' });
    expect(within(account).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Faccessibility',
    );
    expect(within(account).getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/sign-up');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    const footer = screen.getByRole('contentinfo');
    for (const name of ['Accessibility statement', 'Privacy', 'Cookies', 'Contact']) {
      expect(within(footer).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.getByText('Beta')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Accessibility statement for Common Ground – Common Ground'));
  });

  it('shows Admin only to administrators', async () => {
    const learner = renderRoute('/learn', { viewer: learnerFixture });
    let nav = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(nav).queryByRole('link', { name: 'Admin' })).toBeNull();
    const account = screen.getByRole('navigation', { name: 'Account' });
    expect(within(account).getByRole('link', { name: 'Your profile' })).toBeInTheDocument();
    expect(within(account).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
    learner.unmount();

    renderRoute('/learn', { viewer: adminFixture });
    nav = await screen.findByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
  });

  it('tells signed-in people without the admin role they do not have permission', async () => {
    renderRoute('/admin/people', { viewer: learnerFixture });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }),
    ).toBeInTheDocument();
  });

  it('sends signed-out people to sign in, then back', async () => {
    const { router } = renderRoute('/admin/people');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fadmin%2Fpeople');
  });
});
