import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { blogPostsQuery } from '../operations';
import { postCard, postsPage } from '../testing/fixtures';

const listMock = (tag: string | null, posts: ReturnType<typeof postCard>[]) => ({
  request: { query: blogPostsQuery, variables: { first: 10, filter: { tag } } },
  result: { data: postsPage(posts) },
});
const featuredMock = (posts: ReturnType<typeof postCard>[]) => ({
  request: { query: blogPostsQuery, variables: { first: 1, filter: { featured: true } } },
  result: { data: postsPage(posts) },
});

describe('BlogListPage', () => {
  beforeAll(async () => {
    await import('./BlogListPage');
  });

  it('shows signed-out visitors the featured post first, then the others with byline, reading time and tag links', async () => {
    const featured = postCard({
      id: 'p-f',
      slug: 'featured-one',
      title: 'Housing visits with a Polish speaker',
      featured: true,
    });
    const other = postCard({ id: 'p-2', slug: 'second', title: 'Partnership working in practice', readingMinutes: 1 });
    renderRoute('/library/blog', { mocks: [featuredMock([featured]), listMock(null, [featured, other])] });

    expect(await screen.findByRole('heading', { level: 1, name: /Blog/ })).toBeInTheDocument();
    const featuredSection = await screen.findByRole('region', { name: 'Featured' });
    expect(within(featuredSection).getByRole('link', { name: 'Housing visits with a Polish speaker' })).toHaveAttribute(
      'href',
      '/library/blog/featured-one',
    );
    const latest = await screen.findByRole('heading', { level: 3, name: 'Partnership working in practice' });
    const item = latest.closest('li')!;
    expect(within(item).getByText(/Joanna Nowak, Northfield Council/)).toBeInTheDocument();
    expect(within(item).getByText(/1 minute to read/)).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'interpreting' })).toHaveAttribute(
      'href',
      '/library/blog?tag=interpreting',
    );
    // The featured post is not listed twice, and a signed-out visitor is not offered writing.
    expect(screen.getAllByRole('link', { name: 'Housing visits with a Polish speaker' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Write a blog post' })).not.toBeInTheDocument();
    expect(within(featuredSection).queryByText('Featured', { selector: '.govuk-tag' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /feed reader \(RSS\)/ })).toHaveAttribute('href', '/api/feeds/blog.xml');
  });

  it('narrows to a tag, says when nothing has it and offers the way back', async () => {
    renderRoute('/library/blog?tag=bsl', { viewer: learnerFixture, mocks: [listMock('bsl', [])] });
    expect(await screen.findByRole('heading', { level: 1, name: /tagged ‘bsl’/ })).toBeInTheDocument();
    expect(await screen.findByText(/No published posts have this tag/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show all posts' })).toHaveAttribute('href', '/library/blog');
    expect(screen.getByRole('button', { name: 'Write a blog post' })).toHaveAttribute('href', '/library/blog/new');
  });
});
