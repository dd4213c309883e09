import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/renderRoute';

describe('route changes', () => {
  it('keeps focus put on the first load', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Common Ground' });
    expect(document.title).toBe('Learn together across the partnership – Common Ground');
    expect(document.body).toHaveFocus();
  });

  it('sets the title, focuses the h1 and announces the new page', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    const nav = await screen.findByRole('navigation', { name: 'Menu' });
    await user.click(within(nav).getByRole('link', { name: 'Library' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Library' });
    expect(document.title).toBe('Library – Common Ground');
    expect(heading).toHaveFocus();
    await waitFor(() => expect(screen.getByTestId('route-announcer')).toHaveTextContent('Library – Common Ground'));

    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Cookies' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cookies' })).toHaveFocus();
    expect(document.title).toBe('Cookies – Common Ground');
  });
});
