import '../../learn/testing/layoutPolyfill';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import {
  createPostMutation,
  deletePostMutation,
  discussionThreadQuery,
  editPostMutation,
  threadPostsQuery,
} from '../operations';
import { post, postsPage, thread, viewerAsColleague } from '../testing/fixtures';

const own = post(3, {
  author: viewerAsColleague,
  body: '<p>We use the council’s telephone line.</p>',
  editedAt: '2026-06-16T12:30:00.000Z',
  viewerCan: { edit: true, delete: true, react: false },
});
const posts = [
  post(1, { body: '<p>How do you <strong>book</strong> an interpreter?</p>' }),
  post(2, { author: null, anonymous: true, body: '<p>It depends on the day.</p>' }),
  own,
  post(4, { deleted: true, body: '' }),
];

const threadMock = {
  request: { query: discussionThreadQuery, variables: { id: 'thread-1' } },
  result: { data: { discussionThread: thread({ postCount: 4, lastSeq: 4 }) } },
};
const postsMock = {
  request: { query: threadPostsQuery, variables: { threadId: 'thread-1', first: 20 } },
  result: { data: postsPage(posts) },
};

describe('ThreadPage', () => {
  beforeAll(async () => {
    await import('./ThreadPage');
  });

  it('shows the posts oldest first: authors, anonymous posts, edits and deleted placeholders', async () => {
    renderRoute('/discuss/threads/thread-1', { viewer: learnerFixture, mocks: [threadMock, postsMock] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Booking interpreters for home visits' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Interpreting and language support' })).toHaveAttribute(
      'href',
      '/discuss/categories/category-1',
    );
    const articles = await screen.findAllByRole('article');
    expect(articles).toHaveLength(4);
    expect(within(articles[0]).getByRole('heading', { level: 3 })).toHaveTextContent(
      /Amara Osei\s*Housing officer, Fenmouth Council/,
    );
    expect(within(articles[0]).getByText('book').tagName).toBe('STRONG');
    expect(within(articles[0]).getByText('Tuesday 16 June 2026 at 9:30am')).toBeInTheDocument();
    expect(within(articles[1]).getByRole('heading', { level: 3 })).toHaveTextContent('A colleague');
    expect(within(articles[2]).getByText(/edited/)).toHaveTextContent('(edited Tuesday 16 June 2026 at 1:30pm)');
    expect(within(articles[3]).getByText('This post was deleted by its author.')).toBeInTheDocument();

    // Only the viewer's own post offers edit and delete.
    expect(within(articles[0]).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
    expect(within(articles[2]).getByRole('button', { name: /^Edit/ })).toBeInTheDocument();
    expect(within(articles[2]).getByRole('button', { name: /^Delete/ })).toBeInTheDocument();
    expect(within(articles[3]).queryByRole('button')).not.toBeInTheDocument();
  });

  it('adds a reply to the end and moves focus to it', async () => {
    const user = userEvent.setup();
    const reply = post(5, {
      author: viewerAsColleague,
      body: '<p>Thank you, that helps.</p>',
      createdAt: '2026-06-16T13:00:00.000Z',
      viewerCan: { edit: true, delete: true, react: false },
    });
    renderRoute('/discuss/threads/thread-1', {
      viewer: learnerFixture,
      mocks: [
        threadMock,
        postsMock,
        {
          request: {
            query: createPostMutation,
            variables: { input: { threadId: 'thread-1', body: '<p>Thank you, that helps.</p>', anonymous: false } },
          },
          result: { data: { createPost: reply } },
        },
      ],
    });
    await screen.findAllByRole('article');

    // Sending nothing says what to do.
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Write your post before sending it');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());

    await user.click(screen.getByRole('textbox', { name: 'Your reply' }));
    await user.keyboard('Thank you, that helps.');
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(5));
    const added = screen.getAllByRole('article')[4];
    expect(added).toHaveTextContent('Thank you, that helps.');
    await waitFor(() => expect(added).toHaveFocus());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows posts with their glossary terms linked, and offers to report a rumour from others’ posts only', async () => {
    const linked = post(1, {
      body: '<p>Ask the landlord.</p>',
      linkedBody:
        '<p>Ask the <button type="button" class="app-glossary-term" data-glossary-term="landlord">landlord</button>.</p>',
    });
    renderRoute('/discuss/threads/thread-1', {
      viewer: learnerFixture,
      mocks: [threadMock, { ...postsMock, result: { data: postsPage([linked, own]) } }],
    });
    const articles = await screen.findAllByRole('article');
    expect(within(articles[0]).getByRole('button', { name: 'landlord' })).toHaveAttribute(
      'data-glossary-term',
      'landlord',
    );
    expect(within(articles[0]).getByRole('link', { name: /^Report a rumour/ })).toHaveAttribute(
      'href',
      `/library/myths/report?post=post-1&from=${encodeURIComponent('/discuss/threads/thread-1#post-post-1')}`,
    );
    expect(within(articles[1]).queryByRole('link', { name: /^Report a rumour/ })).not.toBeInTheDocument();
  });

  it('edits the viewer’s post in place', async () => {
    const user = userEvent.setup();
    renderRoute('/discuss/threads/thread-1', {
      viewer: learnerFixture,
      mocks: [
        threadMock,
        postsMock,
        {
          request: {
            query: editPostMutation,
            variables: (variables: { input: { postId: string; body: string } }) =>
              variables.input.postId === own.id && variables.input.body.includes('Ask for extension 4.'),
          },
          result: {
            data: {
              editPost: {
                ...own,
                body: '<p>We use the council’s telephone line. Ask for extension 4.</p>',
                linkedBody: '<p>We use the council’s telephone line. Ask for extension 4.</p>',
                editedAt: '2026-06-16T14:00:00.000Z',
              },
            },
          },
        },
      ],
    });
    const articles = await screen.findAllByRole('article');
    await user.click(within(articles[2]).getByRole('button', { name: /^Edit/ }));
    const editor = within(articles[2]).getByRole('textbox', { name: 'Edit your post' });
    await waitFor(() => expect(editor).toHaveFocus());
    expect(editor).toHaveTextContent('We use the council’s telephone line.');
    await user.keyboard(' Ask for extension 4.');
    await user.click(within(articles[2]).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(articles[2]).queryByRole('textbox')).not.toBeInTheDocument());
    expect(within(articles[2]).getByText(/Ask for extension 4\./)).toBeInTheDocument();
    expect(within(articles[2]).getByText(/edited/)).toHaveTextContent('(edited Tuesday 16 June 2026 at 3pm)');
    await waitFor(() => expect(articles[2]).toHaveFocus());
  });

  it('deletes the viewer’s post only after they confirm', async () => {
    const user = userEvent.setup();
    renderRoute('/discuss/threads/thread-1', {
      viewer: learnerFixture,
      mocks: [
        threadMock,
        postsMock,
        {
          request: { query: deletePostMutation, variables: { input: { postId: own.id } } },
          result: { data: { deletePost: { ...own, deleted: true, body: '', editedAt: null } } },
        },
      ],
    });
    const articles = await screen.findAllByRole('article');
    await user.click(within(articles[2]).getByRole('button', { name: /^Delete/ }));
    expect(within(articles[2]).getByText(/Are you sure you want to delete this post/)).toBeInTheDocument();
    await user.click(within(articles[2]).getByRole('button', { name: 'No, keep it' }));
    expect(within(articles[2]).getByText('We use the council’s telephone line.')).toBeInTheDocument();

    await user.click(within(articles[2]).getByRole('button', { name: /^Delete/ }));
    await user.click(within(articles[2]).getByRole('button', { name: 'Yes, delete this post' }));
    expect(await within(articles[2]).findByText('This post was deleted by its author.')).toBeInTheDocument();
    await waitFor(() => expect(articles[2]).toHaveFocus());
  });

  it('says when a thread is locked, with no reply form', async () => {
    renderRoute('/discuss/threads/thread-1', {
      viewer: learnerFixture,
      mocks: [
        {
          ...threadMock,
          result: {
            data: {
              discussionThread: thread({ locked: true, viewerCan: { reply: false } }),
            },
          },
        },
        postsMock,
      ],
    });
    expect(await screen.findByText(/This discussion is locked/)).toBeInTheDocument();
    expect(screen.getByText('Locked')).toHaveClass('govuk-tag');
    expect(screen.queryByRole('button', { name: 'Post reply' })).not.toBeInTheDocument();
  });
});
