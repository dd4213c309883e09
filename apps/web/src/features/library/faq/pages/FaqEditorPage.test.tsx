import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../../app/AuthContext';
import { learnerFixture, renderRoute } from '../../../../test/renderRoute';
import { archiveContentItemMutation, publishContentItemMutation } from '../../operations';
import { faqCategoriesQuery, faqQuery, faqRevisionsQuery } from '../operations';

const editor: Viewer = { ...learnerFixture, id: 'person-3', name: 'Ade Bello', roles: ['LEARNER', 'EDITOR'] };

const faq = (status: 'PUBLISHED' | 'ARCHIVED') => ({
  __typename: 'Faq',
  id: 'faq-1',
  slug: 'who-pays',
  question: 'Who pays for an interpreter?',
  answerHtml: '<p>The council does.</p>',
  status,
  audience: 'PUBLIC',
  publishedAt: '2026-03-02T10:00:00.000Z',
  publishAt: null,
  updatedAt: '2026-03-02T10:00:00.000Z',
  category: { __typename: 'FaqCategoryRef', id: 'c-1', name: 'Housing' },
  viewerVote: null,
  helpfulCounts: { __typename: 'FaqHelpfulCounts', yes: 3, no: 1 },
  viewerCan: {
    __typename: 'ContentViewerCan',
    edit: status !== 'ARCHIVED',
    submit: false,
    returnToDraft: false,
    publish: status === 'ARCHIVED',
    archive: status === 'PUBLISHED',
    seeHistory: true,
  },
});
const revision = (number: number, event: string, title: string, bodyHtml: string) => ({
  __typename: 'ContentRevision',
  id: `rev-${number}`,
  number,
  event,
  status: event === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT',
  title,
  bodyHtml,
  createdAt: `2026-03-0${number}T10:00:00.000Z`,
  createdBy: { __typename: 'Colleague', id: 'person-3', name: 'Ade Bello' },
});
const categories = {
  request: { query: faqCategoriesQuery },
  result: {
    data: {
      faqCategories: [{ __typename: 'FaqCategory', id: 'c-1', name: 'Housing', description: '', position: 0 }],
    },
  },
};
const one = (status: 'PUBLISHED' | 'ARCHIVED') => ({
  request: { query: faqQuery, variables: { idOrSlug: 'faq-1' } },
  result: { data: { faq: faq(status) } },
});
const history = {
  request: { query: faqRevisionsQuery, variables: { idOrSlug: 'faq-1', first: 20 } },
  result: {
    data: {
      faq: {
        __typename: 'Faq',
        id: 'faq-1',
        revisions: {
          __typename: 'ContentRevisionConnection',
          totalCount: 2,
          edges: [
            revision(2, 'PUBLISHED', 'Who pays for an interpreter?', '<p>The council does.</p>'),
            revision(1, 'CREATED', 'Who pays for the interpreter?', '<p>Ask at the desk.</p>'),
          ].map((node) => ({ __typename: 'ContentRevisionEdge', node })),
        },
      },
    },
  },
};

describe('FAQ editor', () => {
  beforeAll(async () => {
    await import('./FaqEditorPage');
    await import('./ArchiveFaqPage');
  });

  it('shows an editor the FAQ’s revision history, each earlier text behind a disclosure, and an Archive button', async () => {
    const user = userEvent.setup();
    renderRoute('/library/faqs/faq-1/edit', { viewer: editor, mocks: [categories, one('PUBLISHED'), history] });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Edit ‘Who pays for an interpreter\?’/ }),
    ).toBeInTheDocument();
    const section = await screen.findByRole('region', { name: 'Revision history' });
    const items = await within(section).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/2\. Published by Ade Bello on/);
    expect(items[1]).toHaveTextContent(/1\. Started by Ade Bello on/);
    await user.click(within(items[1]).getByText('Show the text of revision 1'));
    expect(within(items[1]).getByRole('heading', { name: 'Who pays for the interpreter?' })).toBeVisible();
    expect(within(items[1]).getByText('Ask at the desk.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Archive' })).toHaveAttribute('href', '/library/faqs/faq-1/archive');
    expect(screen.queryByRole('button', { name: 'Publish again' })).not.toBeInTheDocument();
  });

  it('asks before archiving, then returns to the editor with the FAQ archived and “Publish again” to restore it', async () => {
    const user = userEvent.setup();
    renderRoute('/library/faqs/faq-1/archive', {
      viewer: editor,
      mocks: [
        one('PUBLISHED'),
        {
          request: { query: archiveContentItemMutation, variables: { input: { id: 'faq-1' } } },
          result: { data: { archiveContentItem: { __typename: 'ContentItemState', id: 'faq-1', status: 'ARCHIVED' } } },
        },
        one('ARCHIVED'),
        categories,
        one('ARCHIVED'),
        history,
        {
          request: { query: publishContentItemMutation, variables: { input: { id: 'faq-1' } } },
          result: {
            data: {
              publishContentItem: {
                __typename: 'ContentItemState',
                id: 'faq-1',
                status: 'PUBLISHED',
                publishAt: null,
                publishedAt: '2026-03-05T10:00:00.000Z',
              },
            },
          },
        },
        one('PUBLISHED'),
        history,
      ],
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Are you sure you want to archive ‘Who pays for an interpreter?’?',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Readers will no longer see this FAQ/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cancel' })).toHaveAttribute('href', '/library/faqs/faq-1/edit');
    await user.click(screen.getByRole('button', { name: 'Yes, archive FAQ' }));

    expect(await screen.findByText('‘Who pays for an interpreter?’ has been archived')).toBeInTheDocument();
    expect(await screen.findByText('Archived')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
    // An archived FAQ cannot be changed, only published again as it was.
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Publish again' }));
    expect(await screen.findByText('FAQ published')).toBeInTheDocument();
    expect(await screen.findByText('Readers can see it again.')).toBeInTheDocument();
  });
});
