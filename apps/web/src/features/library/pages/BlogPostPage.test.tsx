import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { blogPostQuery, contentItemThreadQuery } from '../operations';
import { cover, fullPost, viewerCan } from '../testing/fixtures';

const postMock = (post: ReturnType<typeof fullPost>) => ({
  request: { query: blogPostQuery, variables: { idOrSlug: post.slug } },
  result: { data: { blogPost: post } },
});

describe('BlogPostPage', () => {
  beforeAll(async () => {
    await import('./BlogPostPage');
  });

  it('shows a published post with its byline, organisation, reading time, cover, text and tags', async () => {
    const post = fullPost({
      cover: cover('/api/media/m-1', 'A council reception desk'),
    });
    renderRoute(`/library/blog/${post.slug}`, { mocks: [postMock(post)] });
    expect(await screen.findByRole('heading', { level: 1, name: /What an interpreter taught me/ })).toBeInTheDocument();
    expect(screen.getByText(/Housing officer, Northfield Council/)).toBeInTheDocument();
    expect(screen.getByText(/4 minutes to read/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'A council reception desk' })).toHaveAttribute('src', '/api/media/m-1');
    expect(screen.getByText('Speak to the person, not the interpreter.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'front desk' })).toHaveAttribute('href', '/library/blog?tag=front%20desk');
    expect(screen.queryByRole('link', { name: /Edit this post/ })).not.toBeInTheDocument();
  });

  it('tells the author their draft is theirs and editors’ only, and links to edit it', async () => {
    const post = fullPost({
      status: 'DRAFT',
      publishedAt: null,
      viewerCan: viewerCan({
        edit: true,
        submit: true,
        returnToDraft: false,
        publish: false,
        archive: false,
        seeHistory: true,
      }),
    });
    renderRoute(`/library/blog/${post.slug}`, { viewer: learnerFixture, mocks: [postMock(post)] });
    expect(await screen.findByText(/only you and editors can see it/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit this post' })).toHaveAttribute('href', '/library/blog/post-1/edit');
  });

  it('asks signed-out readers to sign in for the comments, and offers staff the first comment', async () => {
    const post = fullPost();
    const visitor = renderRoute(`/library/blog/${post.slug}`, { mocks: [postMock(post)] });
    expect(await screen.findByRole('heading', { level: 2, name: 'Comments' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Comments' })).getByRole('link', { name: 'Sign in' }),
    ).toHaveAttribute('href', `/sign-in?next=${encodeURIComponent(`/library/blog/${post.slug}`)}`);
    visitor.unmount();

    renderRoute(`/library/blog/${post.slug}`, {
      viewer: learnerFixture,
      mocks: [
        postMock(post),
        {
          request: { query: contentItemThreadQuery, variables: { contentItemId: post.id } },
          result: { data: { contentItemThread: null } },
        },
      ],
    });
    expect(await screen.findByText(/No comments yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Post comment' })).toBeInTheDocument();
  });
});
