import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { forumCategoriesQuery } from '../operations';

function category(id: string, title: string, description: string, allowsAnonymous = false) {
  return { __typename: 'ForumCategory', id, title, description, allowsAnonymous, restricted: false };
}

const categoriesMock = (categories: unknown[]) => ({
  request: { query: forumCategoriesQuery },
  result: { data: { forumCategories: categories } },
});

describe('DiscussPage', () => {
  beforeAll(async () => {
    await import('./DiscussPage');
  });

  it('lists the forum categories in order, with what each is for, replacing the placeholder', async () => {
    renderRoute('/discuss', {
      viewer: learnerFixture,
      mocks: [
        categoriesMock([
          category('c-1', 'Interpreting and language support', 'Booking interpreters and translated letters.'),
          category('c-2', 'Difficult situations', 'Talk through something hard.', true),
        ]),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Discuss' })).toBeInTheDocument();
    const links = await screen.findAllByRole('link', { name: /Interpreting|Difficult/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/discuss/categories/c-1',
      '/discuss/categories/c-2',
    ]);
    expect(screen.getByText('Booking interpreters and translated letters.')).toBeInTheDocument();
    const anonymous = screen.getByRole('heading', { level: 3, name: 'Difficult situations' }).closest('li');
    expect(within(anonymous!).getByText('You can post without your name')).toHaveClass('govuk-tag');
    expect(screen.queryByText(/coming soon/)).not.toBeInTheDocument();
  });

  it('says what to do when there are no forums yet', async () => {
    renderRoute('/discuss', { viewer: learnerFixture, mocks: [categoriesMock([])] });
    expect(await screen.findByText(/There are no forums yet/)).toBeInTheDocument();
  });

  it('sends signed-out visitors to sign in first', async () => {
    const { router } = renderRoute('/discuss');
    await screen.findByRole('heading', { level: 1 });
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
