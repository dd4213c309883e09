import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../app/AuthContext';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { glossaryLinkingQuery } from '../glossary/operations';
import { blogPostQuery, blogPostRevisionsQuery } from '../operations';
import { fullPost, viewerCan } from '../testing/fixtures';

const editorFixture: Viewer = { ...learnerFixture, id: 'person-3', name: 'Ade Bello', roles: ['LEARNER', 'EDITOR'] };

describe('BlogEditorPage', () => {
  beforeAll(async () => {
    await import('./BlogEditorPage');
  });

  it('shows a staff member what to fix in an error summary before anything is sent, with no editor-only parts', async () => {
    const user = userEvent.setup();
    renderRoute('/library/blog/new', { viewer: learnerFixture });
    expect(await screen.findByRole('heading', { level: 1, name: /Write a blog post/ })).toBeInTheDocument();
    expect(screen.queryByText('Cover picture')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish now' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/Tags/), 'housing, <script>');
    await user.click(screen.getByRole('button', { name: 'Send for review' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a title' })).toHaveAttribute('href', '#title');
    expect(within(summary).getByRole('link', { name: /Tags can only contain/ })).toHaveAttribute('href', '#tags');
    expect(document.title).toMatch(/^Error: /);
  });

  it('gives an editor the decision on a post in review: publish now, schedule, return, archive, and its history', async () => {
    const post = fullPost({
      id: 'post-7',
      status: 'IN_REVIEW',
      viewerCan: viewerCan({
        edit: true,
        submit: false,
        returnToDraft: true,
        publish: true,
        archive: true,
        seeHistory: true,
      }),
    });
    renderRoute('/library/blog/post-7/edit', {
      viewer: editorFixture,
      mocks: [
        { request: { query: blogPostQuery, variables: { idOrSlug: 'post-7' } }, result: { data: { blogPost: post } } },
        {
          request: { query: blogPostRevisionsQuery, variables: { idOrSlug: 'post-7', first: 20 } },
          result: {
            data: {
              blogPost: {
                __typename: 'BlogPost',
                id: 'post-7',
                revisions: {
                  __typename: 'ContentRevisionConnection',
                  totalCount: 1,
                  edges: [
                    {
                      __typename: 'ContentRevisionEdge',
                      node: {
                        __typename: 'ContentRevision',
                        id: 'r-1',
                        number: 1,
                        event: 'SUBMITTED',
                        status: 'IN_REVIEW',
                        title: post.title,
                        bodyHtml: post.bodyHtml,
                        createdAt: '2026-11-03T10:00:00.000Z',
                        createdBy: { __typename: 'Colleague', id: 'person-9', name: 'Joanna Nowak' },
                      },
                    },
                  ],
                },
              },
            },
          },
        },
        {
          request: { query: glossaryLinkingQuery, variables: { contentKind: 'BLOG_POST', contentId: 'post-7' } },
          result: { data: { glossaryLinking: false } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Editor’s decision' })).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Link glossary terms in this blog post' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Publish now' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Or publish it later/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Return to the author' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Archive this post' })).toHaveAttribute(
      'href',
      '/library/blog/post-7/archive',
    );
    expect(screen.getByText('Cover picture')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send for review' })).not.toBeInTheDocument();
    expect(await screen.findByText(/Sent for review/)).toHaveTextContent('1. Sent for review');
    expect(screen.getByText(/by Joanna Nowak on/)).toBeInTheDocument();
  });

  it('asks before leaving a half-written post, and stays when asked to', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/library/blog/new', { viewer: learnerFixture });
    await user.type(await screen.findByLabelText('Title'), 'Half a thought');
    await user.click(screen.getByRole('link', { name: 'Back' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'You have unsaved changes' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/library/blog/new');
    expect(screen.getByLabelText('Title')).toHaveValue('Half a thought');
  });
});
