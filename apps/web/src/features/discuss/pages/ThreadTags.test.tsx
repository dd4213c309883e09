import '../../learn/testing/layoutPolyfill';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import {
  createForumThreadMutation,
  forumCategoriesQuery,
  forumCategoryThreadsQuery,
  newThreadCategoryQuery,
} from '../operations';
import { thread } from '../testing/fixtures';

const categoryMock = {
  request: { query: newThreadCategoryQuery, variables: { categoryId: 'category-1' } },
  result: {
    data: {
      forumCategory: {
        __typename: 'ForumCategory',
        id: 'category-1',
        title: 'Interpreting and language support',
        allowsAnonymous: false,
      },
    },
  },
};

/** A category's thread list, as the API answers it for `tag`. */
function threadsMock(tag: string | null, threads: { id: string; title: string; tags: string[] }[]) {
  return {
    request: { query: forumCategoryThreadsQuery, variables: { categoryId: 'category-1', first: 20, tag } },
    result: {
      data: {
        forumCategory: {
          __typename: 'ForumCategory',
          id: 'category-1',
          title: 'Interpreting and language support',
          description: 'Booking interpreters and translated letters.',
          allowsAnonymous: false,
          viewerFollowLevel: 'NORMAL',
        },
        forumThreads: {
          __typename: 'DiscussionThreadConnection',
          totalCount: threads.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: threads.map((t) => ({
            __typename: 'DiscussionThreadEdge',
            cursor: t.id,
            node: {
              __typename: 'DiscussionThread',
              id: t.id,
              title: t.title,
              pinned: false,
              locked: false,
              postCount: 2,
              lastActivityAt: '2026-06-16T11:00:00.000Z',
              viewerUnreadCount: 0,
              tags: t.tags,
            },
          })),
        },
      },
    },
  };
}

describe('thread tags', () => {
  beforeAll(async () => {
    await Promise.all([import('./NewThreadPage'), import('./CategoryPage'), import('./DiscussPage')]);
  });

  it('starts a thread with its tags normalised as the server keeps them', async () => {
    const user = userEvent.setup();
    const input = {
      categoryId: 'category-1',
      title: 'Letters in Polish',
      body: '<p>Who translates council tax letters?</p>',
      tags: ['council tax', 'polish'],
      anonymous: false,
    };
    const { router } = renderRoute('/discuss/categories/category-1/new', {
      viewer: learnerFixture,
      mocks: [
        categoryMock,
        {
          request: { query: createForumThreadMutation, variables: { input } },
          result: { data: { createForumThread: thread({ id: 'thread-9', title: input.title, tags: input.tags }) } },
        },
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), input.title);
    await user.click(screen.getByRole('textbox', { name: 'Your post' }));
    await user.keyboard('Who translates council tax letters?');
    const tags = screen.getByRole('textbox', { name: 'Tags (optional)' });
    expect(tags).toHaveAccessibleDescription(/Up to 5 words or short phrases, separated by commas/);
    await user.type(tags, ' Council  Tax, POLISH, council tax,');
    await user.click(screen.getByRole('button', { name: 'Start thread' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/discuss/threads/thread-9'));
  });

  it('says what is wrong with the tags before sending, in the error summary and by the field', async () => {
    const user = userEvent.setup();
    renderRoute('/discuss/categories/category-1/new', { viewer: learnerFixture, mocks: [categoryMock] });
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Letters');
    await user.click(screen.getByRole('textbox', { name: 'Your post' }));
    await user.keyboard('Who translates letters?');
    const tags = screen.getByRole('textbox', { name: 'Tags (optional)' });
    await user.type(tags, 'a, b, c, d, e, f');
    await user.click(screen.getByRole('button', { name: 'Start thread' }));
    expect(await screen.findByRole('link', { name: 'Give 5 tags or fewer' })).toHaveAttribute('href', '#tags');

    await user.clear(tags);
    await user.type(tags, '<b>bold</b>');
    await user.click(screen.getByRole('button', { name: 'Start thread' }));
    expect(
      await screen.findByRole('link', { name: 'Tags can only contain letters, numbers, spaces and hyphens' }),
    ).toBeInTheDocument();
    expect(tags).toHaveAccessibleDescription(/Tags can only contain letters, numbers, spaces and hyphens/);
  });

  it('lists a category’s threads with their tags as links to the threads sharing a tag', async () => {
    const user = userEvent.setup();
    renderRoute('/discuss/categories/category-1', {
      viewer: learnerFixture,
      mocks: [
        threadsMock(null, [
          { id: 'thread-1', title: 'Booking BSL interpreters', tags: ['bsl', 'home visits'] },
          { id: 'thread-2', title: 'Translated letters', tags: [] },
        ]),
        threadsMock('bsl', [{ id: 'thread-1', title: 'Booking BSL interpreters', tags: ['bsl', 'home visits'] }]),
      ],
    });
    const row = (await screen.findByRole('link', { name: 'Booking BSL interpreters' })).closest('tr')!;
    expect(row).toHaveTextContent('Tagged: bsl, home visits');
    await user.click(within(row).getByRole('link', { name: 'bsl' }));

    expect(await screen.findByText(/Showing threads tagged ‘bsl’/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Translated letters' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show all threads' })).toHaveAttribute(
      'href',
      '/discuss/categories/category-1',
    );
  });

  it('lists nothing for a tag no thread could carry, without asking the server to filter by it', async () => {
    renderRoute(`/discuss/categories/category-1?tag=${encodeURIComponent('<script>')}`, {
      viewer: learnerFixture,
      mocks: [threadsMock(null, [{ id: 'thread-2', title: 'Translated letters', tags: [] }])],
    });
    expect(await screen.findByText('No threads here have that tag.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Translated letters' })).not.toBeInTheDocument();
  });

  it('shows how many threads each forum holds', async () => {
    renderRoute('/discuss', {
      viewer: learnerFixture,
      mocks: [
        {
          request: { query: forumCategoriesQuery },
          result: {
            data: {
              forumCategories: [
                {
                  __typename: 'ForumCategory',
                  id: 'c-1',
                  title: 'Interpreting',
                  description: 'Interpreters.',
                  allowsAnonymous: false,
                  restricted: false,
                  threadCount: 12,
                },
                {
                  __typename: 'ForumCategory',
                  id: 'c-2',
                  title: 'Housing',
                  description: 'Housing.',
                  allowsAnonymous: false,
                  restricted: false,
                  threadCount: 1,
                },
              ],
            },
          },
        },
      ],
    });
    const interpreting = (await screen.findByRole('heading', { level: 3, name: 'Interpreting' })).closest('li')!;
    expect(interpreting).toHaveTextContent('12 threads');
    expect(screen.getByRole('heading', { level: 3, name: 'Housing' }).closest('li')).toHaveTextContent('1 thread');
  });
});
