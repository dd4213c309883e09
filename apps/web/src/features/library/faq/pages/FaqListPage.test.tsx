import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../../test/renderRoute';
import { faqCategoriesQuery, faqsQuery } from '../operations';

const can = {
  __typename: 'ContentViewerCan',
  edit: false,
  submit: false,
  returnToDraft: false,
  publish: false,
  archive: false,
  seeHistory: false,
};
const faq = (id: string, question: string, category: { id: string; name: string }) => ({
  __typename: 'Faq',
  id,
  slug: id,
  question,
  answerHtml: `<p>The answer to ${question}</p>`,
  status: 'PUBLISHED',
  audience: 'PUBLIC',
  publishedAt: '2026-03-02T10:00:00.000Z',
  publishAt: null,
  updatedAt: '2026-03-02T10:00:00.000Z',
  category: { __typename: 'FaqCategoryRef', ...category },
  viewerVote: null,
  helpfulCounts: null,
  viewerCan: can,
});
const housing = { id: 'c-1', name: 'Housing' };
const health = { id: 'c-2', name: 'Health' };
const categories = [housing, health].map((c, position) => ({
  __typename: 'FaqCategory',
  ...c,
  description: `About ${c.name.toLowerCase()}.`,
  position,
}));

describe('FaqListPage', () => {
  beforeAll(async () => {
    await import('./FaqListPage');
  });

  it('groups questions under their categories, each opening its answer with “Was this helpful?”', async () => {
    const nodes = [
      faq('f-1', 'Does my landlord have to protect my deposit?', housing),
      faq('f-2', 'Who fixes repairs?', housing),
      faq('f-3', 'Can anyone register with a GP?', health),
    ];
    renderRoute('/library/faqs', {
      mocks: [
        { request: { query: faqCategoriesQuery }, result: { data: { faqCategories: categories } } },
        {
          request: { query: faqsQuery, variables: { first: 100, filter: null } },
          result: {
            data: {
              faqs: {
                __typename: 'FaqConnection',
                totalCount: 3,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: nodes.map((node) => ({ __typename: 'FaqEdge', node })),
              },
            },
          },
        },
      ],
    });
    const housingSection = await screen.findByRole('region', { name: 'Housing' });
    expect(within(housingSection).getByText('About housing.')).toBeInTheDocument();
    expect(within(housingSection).getAllByRole('group', { name: /Was this helpful/ })).toHaveLength(2);
    const healthSection = screen.getByRole('region', { name: 'Health' });
    expect(within(healthSection).getByText('Can anyone register with a GP?')).toBeInTheDocument();
    expect(within(healthSection).getByRole('link', { name: 'Open this question on its own page' })).toHaveAttribute(
      'href',
      '/library/faqs/f-3',
    );
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue('');
    expect(screen.queryByRole('link', { name: 'Add an FAQ' })).not.toBeInTheDocument();
  });
});
