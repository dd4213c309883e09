import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminFixture, learnerFixture, renderRoute } from '../../../test/renderRoute';
import { blogPostsQuery } from '../operations';
import { postCard, postsPage } from '../testing/fixtures';

const queueMock = (posts: ReturnType<typeof postCard>[]) => ({
  request: { query: blogPostsQuery, variables: { first: 50, filter: { status: 'IN_REVIEW' } } },
  result: { data: postsPage(posts) },
});

describe('BlogReviewPage', () => {
  beforeAll(async () => {
    await import('./BlogReviewPage');
  });

  it('lists the posts waiting for review with their writer and a link to decide on each', async () => {
    const waiting = postCard({ id: 'p-9', title: 'Lone working on estates', status: 'IN_REVIEW', publishedAt: null });
    renderRoute('/library/blog/review', { viewer: adminFixture, mocks: [queueMock([waiting])] });
    const link = await screen.findByRole('link', { name: 'Lone working on estates' });
    expect(link).toHaveAttribute('href', '/library/blog/p-9/edit');
    const row = link.closest('tr')!;
    expect(within(row).getByText('Joanna Nowak, Northfield Council')).toBeInTheDocument();
    expect(within(row).getByText('Not scheduled')).toBeInTheDocument();
  });

  it('says when nothing is waiting', async () => {
    renderRoute('/library/blog/review', { viewer: adminFixture, mocks: [queueMock([])] });
    expect(await screen.findByText(/No posts are waiting for review/)).toBeInTheDocument();
  });

  it('refuses members of staff who are not editors', async () => {
    renderRoute('/library/blog/review', { viewer: learnerFixture });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }),
    ).toBeInTheDocument();
  });
});
